/***************************************************************************
 * The contents of this file were generated with Amplify Studio.           *
 * Please refrain from making any modifications to this file.              *
 * Any changes to this file will be overwritten when running amplify pull. *
 **************************************************************************/

export { default as AuthorCreateForm } from "./AuthorCreateForm";
export { default as AuthorUpdateForm } from "./AuthorUpdateForm";
export { default as AuthorProfileCreateForm } from "./AuthorProfileCreateForm";
export { default as AuthorProfileUpdateForm } from "./AuthorProfileUpdateForm";
export { default as PostCreateForm } from "./PostCreateForm";
export { default as PostUpdateForm } from "./PostUpdateForm";
export { default as CommentCreateForm } from "./CommentCreateForm";
export { default as CommentUpdateForm } from "./CommentUpdateForm";
export { default as TagCreateForm } from "./TagCreateForm";
export { default as TagUpdateForm } from "./TagUpdateForm";
