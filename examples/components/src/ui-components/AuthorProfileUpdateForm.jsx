/***************************************************************************
 * The contents of this file were generated with Amplify Studio.           *
 * Please refrain from making any modifications to this file.              *
 * Any changes to this file will be overwritten when running amplify pull. *
 **************************************************************************/

/* eslint-disable */
import * as React from "react";
import {
  Autocomplete,
  Badge,
  Button,
  Divider,
  Flex,
  Grid,
  Icon,
  ScrollView,
  Text,
  TextField,
  useTheme,
} from "@aws-amplify/ui-react";
import { fetchByPath, getOverrideProps, validateField } from "./utils";
import { generateClient } from "aws-amplify/api";
import { getAuthorProfile, listAuthors } from "../graphql/queries";
import { updateAuthor, updateAuthorProfile } from "../graphql/mutations";
const client = generateClient();
function ArrayField({
  items = [],
  onChange,
  label,
  inputFieldRef,
  children,
  hasError,
  setFieldValue,
  currentFieldValue,
  defaultFieldValue,
  lengthLimit,
  getBadgeText,
  runValidationTasks,
  errorMessage,
}) {
  const labelElement = <Text>{label}</Text>;
  const {
    tokens: {
      components: {
        fieldmessages: { error: errorStyles },
      },
    },
  } = useTheme();
  const [selectedBadgeIndex, setSelectedBadgeIndex] = React.useState();
  const [isEditing, setIsEditing] = React.useState();
  React.useEffect(() => {
    if (isEditing) {
      inputFieldRef?.current?.focus();
    }
  }, [isEditing]);
  const removeItem = async (removeIndex) => {
    const newItems = items.filter((value, index) => index !== removeIndex);
    await onChange(newItems);
    setSelectedBadgeIndex(undefined);
  };
  const addItem = async () => {
    const { hasError } = runValidationTasks();
    if (
      currentFieldValue !== undefined &&
      currentFieldValue !== null &&
      currentFieldValue !== "" &&
      !hasError
    ) {
      const newItems = [...items];
      if (selectedBadgeIndex !== undefined) {
        newItems[selectedBadgeIndex] = currentFieldValue;
        setSelectedBadgeIndex(undefined);
      } else {
        newItems.push(currentFieldValue);
      }
      await onChange(newItems);
      setIsEditing(false);
    }
  };
  const arraySection = (
    <React.Fragment>
      {!!items?.length && (
        <ScrollView height="inherit" width="inherit" maxHeight={"7rem"}>
          {items.map((value, index) => {
            return (
              <Badge
                key={index}
                style={{
                  cursor: "pointer",
                  alignItems: "center",
                  marginRight: 3,
                  marginTop: 3,
                  backgroundColor:
                    index === selectedBadgeIndex ? "#B8CEF9" : "",
                }}
                onClick={() => {
                  setSelectedBadgeIndex(index);
                  setFieldValue(items[index]);
                  setIsEditing(true);
                }}
              >
                {getBadgeText ? getBadgeText(value) : value.toString()}
                <Icon
                  style={{
                    cursor: "pointer",
                    paddingLeft: 3,
                    width: 20,
                    height: 20,
                  }}
                  viewBox={{ width: 20, height: 20 }}
                  paths={[
                    {
                      d: "M10 10l5.09-5.09L10 10l5.09 5.09L10 10zm0 0L4.91 4.91 10 10l-5.09 5.09L10 10z",
                      stroke: "black",
                    },
                  ]}
                  ariaLabel="button"
                  onClick={(event) => {
                    event.stopPropagation();
                    removeItem(index);
                  }}
                />
              </Badge>
            );
          })}
        </ScrollView>
      )}
      <Divider orientation="horizontal" marginTop={5} />
    </React.Fragment>
  );
  if (lengthLimit !== undefined && items.length >= lengthLimit && !isEditing) {
    return (
      <React.Fragment>
        {labelElement}
        {arraySection}
      </React.Fragment>
    );
  }
  return (
    <React.Fragment>
      {labelElement}
      {isEditing && children}
      {!isEditing ? (
        <>
          <Button
            onClick={() => {
              setIsEditing(true);
            }}
          >
            Add item
          </Button>
          {errorMessage && hasError && (
            <Text color={errorStyles.color} fontSize={errorStyles.fontSize}>
              {errorMessage}
            </Text>
          )}
        </>
      ) : (
        <Flex justifyContent="flex-end">
          {(currentFieldValue || isEditing) && (
            <Button
              children="Cancel"
              type="button"
              size="small"
              onClick={() => {
                setFieldValue(defaultFieldValue);
                setIsEditing(false);
                setSelectedBadgeIndex(undefined);
              }}
            ></Button>
          )}
          <Button size="small" variation="link" onClick={addItem}>
            {selectedBadgeIndex !== undefined ? "Save" : "Add"}
          </Button>
        </Flex>
      )}
      {arraySection}
    </React.Fragment>
  );
}
export default function AuthorProfileUpdateForm(props) {
  const {
    id: idProp,
    authorProfile: authorProfileModelProp,
    onSuccess,
    onError,
    onSubmit,
    onValidate,
    onChange,
    overrides,
    ...rest
  } = props;
  const initialValues = {
    bio: "",
    avatarUrl: "",
    birthday: "",
    author: undefined,
  };
  const [bio, setBio] = React.useState(initialValues.bio);
  const [avatarUrl, setAvatarUrl] = React.useState(initialValues.avatarUrl);
  const [birthday, setBirthday] = React.useState(initialValues.birthday);
  const [author, setAuthor] = React.useState(initialValues.author);
  const [authorLoading, setAuthorLoading] = React.useState(false);
  const [authorRecords, setAuthorRecords] = React.useState([]);
  const autocompleteLength = 10;
  const [errors, setErrors] = React.useState({});
  const resetStateValues = () => {
    const cleanValues = authorProfileRecord
      ? { ...initialValues, ...authorProfileRecord, author }
      : initialValues;
    setBio(cleanValues.bio);
    setAvatarUrl(cleanValues.avatarUrl);
    setBirthday(cleanValues.birthday);
    setAuthor(cleanValues.author);
    setCurrentAuthorValue(undefined);
    setCurrentAuthorDisplayValue("");
    setErrors({});
  };
  const [authorProfileRecord, setAuthorProfileRecord] = React.useState(
    authorProfileModelProp
  );
  React.useEffect(() => {
    const queryData = async () => {
      const record = idProp
        ? (
            await client.graphql({
              query: getAuthorProfile.replaceAll("__typename", ""),
              variables: { id: idProp },
            })
          )?.data?.getAuthorProfile
        : authorProfileModelProp;
      const authorRecord = record ? await record.author : undefined;
      setAuthor(authorRecord);
      setAuthorProfileRecord(record);
    };
    queryData();
  }, [idProp, authorProfileModelProp]);
  React.useEffect(resetStateValues, [authorProfileRecord, author]);
  const [currentAuthorDisplayValue, setCurrentAuthorDisplayValue] =
    React.useState("");
  const [currentAuthorValue, setCurrentAuthorValue] = React.useState(undefined);
  const authorRef = React.createRef();
  const getIDValue = {
    author: (r) => JSON.stringify({ id: r?.id }),
  };
  const authorIdSet = new Set(
    Array.isArray(author)
      ? author.map((r) => getIDValue.author?.(r))
      : getIDValue.author?.(author)
  );
  const getDisplayValue = {
    author: (r) => `${r?.name ? r?.name + " - " : ""}${r?.id}`,
  };
  const validations = {
    bio: [],
    avatarUrl: [{ type: "URL" }],
    birthday: [],
    author: [],
  };
  const runValidationTasks = async (
    fieldName,
    currentValue,
    getDisplayValue
  ) => {
    const value =
      currentValue && getDisplayValue
        ? getDisplayValue(currentValue)
        : currentValue;
    let validationResponse = validateField(value, validations[fieldName]);
    const customValidator = fetchByPath(onValidate, fieldName);
    if (customValidator) {
      validationResponse = await customValidator(value, validationResponse);
    }
    setErrors((errors) => ({ ...errors, [fieldName]: validationResponse }));
    return validationResponse;
  };
  const fetchAuthorRecords = async (value) => {
    setAuthorLoading(true);
    const newOptions = [];
    let newNext = "";
    while (newOptions.length < autocompleteLength && newNext != null) {
      const variables = {
        limit: autocompleteLength * 5,
        filter: {
          or: [{ name: { contains: value } }, { id: { contains: value } }],
        },
      };
      if (newNext) {
        variables["nextToken"] = newNext;
      }
      const result = (
        await client.graphql({
          query: listAuthors.replaceAll("__typename", ""),
          variables,
        })
      )?.data?.listAuthors?.items;
      var loaded = result.filter(
        (item) => !authorIdSet.has(getIDValue.author?.(item))
      );
      newOptions.push(...loaded);
      newNext = result.nextToken;
    }
    setAuthorRecords(newOptions.slice(0, autocompleteLength));
    setAuthorLoading(false);
  };
  React.useEffect(() => {
    fetchAuthorRecords("");
  }, []);
  return (
    <Grid
      as="form"
      rowGap="15px"
      columnGap="15px"
      padding="20px"
      onSubmit={async (event) => {
        event.preventDefault();
        let modelFields = {
          bio: bio ?? null,
          avatarUrl: avatarUrl ?? null,
          birthday: birthday ?? null,
          author: author ?? null,
        };
        const validationResponses = await Promise.all(
          Object.keys(validations).reduce((promises, fieldName) => {
            if (Array.isArray(modelFields[fieldName])) {
              promises.push(
                ...modelFields[fieldName].map((item) =>
                  runValidationTasks(
                    fieldName,
                    item,
                    getDisplayValue[fieldName]
                  )
                )
              );
              return promises;
            }
            promises.push(
              runValidationTasks(
                fieldName,
                modelFields[fieldName],
                getDisplayValue[fieldName]
              )
            );
            return promises;
          }, [])
        );
        if (validationResponses.some((r) => r.hasError)) {
          return;
        }
        if (onSubmit) {
          modelFields = onSubmit(modelFields);
        }
        try {
          Object.entries(modelFields).forEach(([key, value]) => {
            if (typeof value === "string" && value === "") {
              modelFields[key] = null;
            }
          });
          const promises = [];
          const authorToUnlink = await authorProfileRecord.author;
          if (authorToUnlink) {
            promises.push(
              client.graphql({
                query: updateAuthor.replaceAll("__typename", ""),
                variables: {
                  input: {
                    id: authorToUnlink.id,
                    authorProfileId: null,
                  },
                },
              })
            );
          }
          const authorToLink = modelFields.author;
          if (authorToLink) {
            promises.push(
              client.graphql({
                query: updateAuthor.replaceAll("__typename", ""),
                variables: {
                  input: {
                    id: author.id,
                    authorProfileId: authorProfileRecord.id,
                  },
                },
              })
            );
            const authorProfileToUnlink = await authorToLink.profile;
            if (authorProfileToUnlink) {
              promises.push(
                client.graphql({
                  query: updateAuthorProfile.replaceAll("__typename", ""),
                  variables: {
                    input: {
                      id: authorProfileToUnlink.id,
                      authorProfileAuthorId: null,
                    },
                  },
                })
              );
            }
          }
          const modelFieldsToSave = {
            bio: modelFields.bio ?? null,
            avatarUrl: modelFields.avatarUrl ?? null,
            birthday: modelFields.birthday ?? null,
            authorProfileAuthorId: modelFields?.author?.id ?? null,
          };
          promises.push(
            client.graphql({
              query: updateAuthorProfile.replaceAll("__typename", ""),
              variables: {
                input: {
                  id: authorProfileRecord.id,
                  ...modelFieldsToSave,
                },
              },
            })
          );
          await Promise.all(promises);
          if (onSuccess) {
            onSuccess(modelFields);
          }
        } catch (err) {
          if (onError) {
            const messages = err.errors.map((e) => e.message).join("\n");
            onError(modelFields, messages);
          }
        }
      }}
      {...getOverrideProps(overrides, "AuthorProfileUpdateForm")}
      {...rest}
    >
      <TextField
        label="Bio"
        isRequired={false}
        isReadOnly={false}
        value={bio}
        onChange={(e) => {
          let { value } = e.target;
          if (onChange) {
            const modelFields = {
              bio: value,
              avatarUrl,
              birthday,
              author,
            };
            const result = onChange(modelFields);
            value = result?.bio ?? value;
          }
          if (errors.bio?.hasError) {
            runValidationTasks("bio", value);
          }
          setBio(value);
        }}
        onBlur={() => runValidationTasks("bio", bio)}
        errorMessage={errors.bio?.errorMessage}
        hasError={errors.bio?.hasError}
        {...getOverrideProps(overrides, "bio")}
      ></TextField>
      <TextField
        label="Avatar url"
        isRequired={false}
        isReadOnly={false}
        value={avatarUrl}
        onChange={(e) => {
          let { value } = e.target;
          if (onChange) {
            const modelFields = {
              bio,
              avatarUrl: value,
              birthday,
              author,
            };
            const result = onChange(modelFields);
            value = result?.avatarUrl ?? value;
          }
          if (errors.avatarUrl?.hasError) {
            runValidationTasks("avatarUrl", value);
          }
          setAvatarUrl(value);
        }}
        onBlur={() => runValidationTasks("avatarUrl", avatarUrl)}
        errorMessage={errors.avatarUrl?.errorMessage}
        hasError={errors.avatarUrl?.hasError}
        {...getOverrideProps(overrides, "avatarUrl")}
      ></TextField>
      <TextField
        label="Birthday"
        isRequired={false}
        isReadOnly={false}
        type="date"
        value={birthday}
        onChange={(e) => {
          let { value } = e.target;
          if (onChange) {
            const modelFields = {
              bio,
              avatarUrl,
              birthday: value,
              author,
            };
            const result = onChange(modelFields);
            value = result?.birthday ?? value;
          }
          if (errors.birthday?.hasError) {
            runValidationTasks("birthday", value);
          }
          setBirthday(value);
        }}
        onBlur={() => runValidationTasks("birthday", birthday)}
        errorMessage={errors.birthday?.errorMessage}
        hasError={errors.birthday?.hasError}
        {...getOverrideProps(overrides, "birthday")}
      ></TextField>
      <ArrayField
        lengthLimit={1}
        onChange={async (items) => {
          let value = items[0];
          if (onChange) {
            const modelFields = {
              bio,
              avatarUrl,
              birthday,
              author: value,
            };
            const result = onChange(modelFields);
            value = result?.author ?? value;
          }
          setAuthor(value);
          setCurrentAuthorValue(undefined);
          setCurrentAuthorDisplayValue("");
        }}
        currentFieldValue={currentAuthorValue}
        label={"Author"}
        items={author ? [author] : []}
        hasError={errors?.author?.hasError}
        runValidationTasks={async () =>
          await runValidationTasks("author", currentAuthorValue)
        }
        errorMessage={errors?.author?.errorMessage}
        getBadgeText={getDisplayValue.author}
        setFieldValue={(model) => {
          setCurrentAuthorDisplayValue(
            model ? getDisplayValue.author(model) : ""
          );
          setCurrentAuthorValue(model);
        }}
        inputFieldRef={authorRef}
        defaultFieldValue={""}
      >
        <Autocomplete
          label="Author"
          isRequired={false}
          isReadOnly={false}
          placeholder="Search Author"
          value={currentAuthorDisplayValue}
          options={authorRecords
            .filter((r) => !authorIdSet.has(getIDValue.author?.(r)))
            .map((r) => ({
              id: getIDValue.author?.(r),
              label: getDisplayValue.author?.(r),
            }))}
          isLoading={authorLoading}
          onSelect={({ id, label }) => {
            setCurrentAuthorValue(
              authorRecords.find((r) =>
                Object.entries(JSON.parse(id)).every(
                  ([key, value]) => r[key] === value
                )
              )
            );
            setCurrentAuthorDisplayValue(label);
            runValidationTasks("author", label);
          }}
          onClear={() => {
            setCurrentAuthorDisplayValue("");
          }}
          defaultValue={author}
          onChange={(e) => {
            let { value } = e.target;
            fetchAuthorRecords(value);
            if (errors.author?.hasError) {
              runValidationTasks("author", value);
            }
            setCurrentAuthorDisplayValue(value);
            setCurrentAuthorValue(undefined);
          }}
          onBlur={() => runValidationTasks("author", currentAuthorDisplayValue)}
          errorMessage={errors.author?.errorMessage}
          hasError={errors.author?.hasError}
          ref={authorRef}
          labelHidden={true}
          {...getOverrideProps(overrides, "author")}
        ></Autocomplete>
      </ArrayField>
      <Flex
        justifyContent="space-between"
        {...getOverrideProps(overrides, "CTAFlex")}
      >
        <Button
          children="Reset"
          type="reset"
          onClick={(event) => {
            event.preventDefault();
            resetStateValues();
          }}
          isDisabled={!(idProp || authorProfileModelProp)}
          {...getOverrideProps(overrides, "ResetButton")}
        ></Button>
        <Flex
          gap="15px"
          {...getOverrideProps(overrides, "RightAlignCTASubFlex")}
        >
          <Button
            children="Submit"
            type="submit"
            variation="primary"
            isDisabled={
              !(idProp || authorProfileModelProp) ||
              Object.values(errors).some((e) => e?.hasError)
            }
            {...getOverrideProps(overrides, "SubmitButton")}
          ></Button>
        </Flex>
      </Flex>
    </Grid>
  );
}
