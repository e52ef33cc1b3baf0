/***************************************************************************
 * The contents of this file were generated with Amplify Studio.           *
 * Please refrain from making any modifications to this file.              *
 * Any changes to this file will be overwritten when running amplify pull. *
 **************************************************************************/

import * as React from "react";
import { AutocompleteProps, GridProps, TextFieldProps } from "@aws-amplify/ui-react";
import { Author } from "../API";
export declare type EscapeHatchProps = {
    [elementHierarchy: string]: Record<string, unknown>;
} | null;
export declare type VariantValues = {
    [key: string]: string;
};
export declare type Variant = {
    variantValues: VariantValues;
    overrides: EscapeHatchProps;
};
export declare type ValidationResponse = {
    hasError: boolean;
    errorMessage?: string;
};
export declare type ValidationFunction<T> = (value: T, validationResponse: ValidationResponse) => ValidationResponse | Promise<ValidationResponse>;
export declare type AuthorProfileCreateFormInputValues = {
    bio?: string;
    avatarUrl?: string;
    birthday?: string;
    author?: Author;
};
export declare type AuthorProfileCreateFormValidationValues = {
    bio?: ValidationFunction<string>;
    avatarUrl?: ValidationFunction<string>;
    birthday?: ValidationFunction<string>;
    author?: ValidationFunction<Author>;
};
export declare type PrimitiveOverrideProps<T> = Partial<T> & React.DOMAttributes<HTMLDivElement>;
export declare type AuthorProfileCreateFormOverridesProps = {
    AuthorProfileCreateFormGrid?: PrimitiveOverrideProps<GridProps>;
    bio?: PrimitiveOverrideProps<TextFieldProps>;
    avatarUrl?: PrimitiveOverrideProps<TextFieldProps>;
    birthday?: PrimitiveOverrideProps<TextFieldProps>;
    author?: PrimitiveOverrideProps<AutocompleteProps>;
} & EscapeHatchProps;
export declare type AuthorProfileCreateFormProps = React.PropsWithChildren<{
    overrides?: AuthorProfileCreateFormOverridesProps | undefined | null;
} & {
    clearOnSuccess?: boolean;
    onSubmit?: (fields: AuthorProfileCreateFormInputValues) => AuthorProfileCreateFormInputValues;
    onSuccess?: (fields: AuthorProfileCreateFormInputValues) => void;
    onError?: (fields: AuthorProfileCreateFormInputValues, errorMessage: string) => void;
    onChange?: (fields: AuthorProfileCreateFormInputValues) => AuthorProfileCreateFormInputValues;
    onValidate?: AuthorProfileCreateFormValidationValues;
} & React.CSSProperties>;
export default function AuthorProfileCreateForm(props: AuthorProfileCreateFormProps): React.ReactElement;
