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
  SelectField,
  SwitchField,
  Text,
  TextAreaField,
  TextField,
  useTheme,
} from "@aws-amplify/ui-react";
import { fetchByPath, getOverrideProps, validateField } from "./utils";
import {
  getPost,
  listAuthors,
  listComments,
  listPostTags,
  listTags,
  postTagsByPostId,
} from "../graphql/queries";
import { generateClient } from "aws-amplify/api";
import {
  createPostTags,
  deletePostTags,
  updateComment,
  updatePost,
} from "../graphql/mutations";
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
export default function PostUpdateForm(props) {
  const {
    id: idProp,
    post: postModelProp,
    onSuccess,
    onError,
    onSubmit,
    onValidate,
    onChange,
    overrides,
    ...rest
  } = props;
  const initialValues = {
    title: "",
    body: "",
    status: "",
    publishedAt: "",
    seo: "",
    viewCount: "",
    rating: "",
    featured: false,
    keywords: [],
    author: undefined,
    comments: [],
    tags: [],
  };
  const [title, setTitle] = React.useState(initialValues.title);
  const [body, setBody] = React.useState(initialValues.body);
  const [status, setStatus] = React.useState(initialValues.status);
  const [publishedAt, setPublishedAt] = React.useState(
    initialValues.publishedAt
  );
  const [seo, setSeo] = React.useState(initialValues.seo);
  const [viewCount, setViewCount] = React.useState(initialValues.viewCount);
  const [rating, setRating] = React.useState(initialValues.rating);
  const [featured, setFeatured] = React.useState(initialValues.featured);
  const [keywords, setKeywords] = React.useState(initialValues.keywords);
  const [author, setAuthor] = React.useState(initialValues.author);
  const [authorLoading, setAuthorLoading] = React.useState(false);
  const [authorRecords, setAuthorRecords] = React.useState([]);
  const [comments, setComments] = React.useState(initialValues.comments);
  const [commentsLoading, setCommentsLoading] = React.useState(false);
  const [commentsRecords, setCommentsRecords] = React.useState([]);
  const [tags, setTags] = React.useState(initialValues.tags);
  const [tagsLoading, setTagsLoading] = React.useState(false);
  const [tagsRecords, setTagsRecords] = React.useState([]);
  const autocompleteLength = 10;
  const [errors, setErrors] = React.useState({});
  const resetStateValues = () => {
    const cleanValues = postRecord
      ? {
          ...initialValues,
          ...postRecord,
          author,
          comments: linkedComments,
          tags: linkedTags,
        }
      : initialValues;
    setTitle(cleanValues.title);
    setBody(cleanValues.body);
    setStatus(cleanValues.status);
    setPublishedAt(cleanValues.publishedAt);
    setSeo(
      typeof cleanValues.seo === "string" || cleanValues.seo === null
        ? cleanValues.seo
        : JSON.stringify(cleanValues.seo)
    );
    setViewCount(cleanValues.viewCount);
    setRating(cleanValues.rating);
    setFeatured(cleanValues.featured);
    setKeywords(cleanValues.keywords ?? []);
    setCurrentKeywordsValue("");
    setAuthor(cleanValues.author);
    setCurrentAuthorValue(undefined);
    setCurrentAuthorDisplayValue("");
    setComments(cleanValues.comments ?? []);
    setCurrentCommentsValue(undefined);
    setCurrentCommentsDisplayValue("");
    setTags(cleanValues.tags ?? []);
    setCurrentTagsValue(undefined);
    setCurrentTagsDisplayValue("");
    setErrors({});
  };
  const [postRecord, setPostRecord] = React.useState(postModelProp);
  const [linkedComments, setLinkedComments] = React.useState([]);
  const canUnlinkComments = false;
  const [linkedTags, setLinkedTags] = React.useState([]);
  const canUnlinkTags = false;
  React.useEffect(() => {
    const queryData = async () => {
      const record = idProp
        ? (
            await client.graphql({
              query: getPost.replaceAll("__typename", ""),
              variables: { id: idProp },
            })
          )?.data?.getPost
        : postModelProp;
      const authorRecord = record ? await record.author : undefined;
      setAuthor(authorRecord);
      const linkedComments = record?.comments?.items ?? [];
      setLinkedComments(linkedComments);
      const linkedTags = record
        ? (
            await client.graphql({
              query: postTagsByPostId.replaceAll("__typename", ""),
              variables: {
                postId: record.id,
              },
            })
          ).data.postTagsByPostId.items.map((t) => t.tag)
        : [];
      setLinkedTags(linkedTags);
      setPostRecord(record);
    };
    queryData();
  }, [idProp, postModelProp]);
  React.useEffect(resetStateValues, [
    postRecord,
    author,
    linkedComments,
    linkedTags,
  ]);
  const [currentKeywordsValue, setCurrentKeywordsValue] = React.useState("");
  const keywordsRef = React.createRef();
  const [currentAuthorDisplayValue, setCurrentAuthorDisplayValue] =
    React.useState("");
  const [currentAuthorValue, setCurrentAuthorValue] = React.useState(undefined);
  const authorRef = React.createRef();
  const [currentCommentsDisplayValue, setCurrentCommentsDisplayValue] =
    React.useState("");
  const [currentCommentsValue, setCurrentCommentsValue] =
    React.useState(undefined);
  const commentsRef = React.createRef();
  const [currentTagsDisplayValue, setCurrentTagsDisplayValue] =
    React.useState("");
  const [currentTagsValue, setCurrentTagsValue] = React.useState(undefined);
  const tagsRef = React.createRef();
  const getIDValue = {
    author: (r) => JSON.stringify({ id: r?.id }),
    comments: (r) => JSON.stringify({ id: r?.id }),
    tags: (r) => JSON.stringify({ id: r?.id }),
  };
  const authorIdSet = new Set(
    Array.isArray(author)
      ? author.map((r) => getIDValue.author?.(r))
      : getIDValue.author?.(author)
  );
  const commentsIdSet = new Set(
    Array.isArray(comments)
      ? comments.map((r) => getIDValue.comments?.(r))
      : getIDValue.comments?.(comments)
  );
  const tagsIdSet = new Set(
    Array.isArray(tags)
      ? tags.map((r) => getIDValue.tags?.(r))
      : getIDValue.tags?.(tags)
  );
  const getDisplayValue = {
    author: (r) => `${r?.name ? r?.name + " - " : ""}${r?.id}`,
    comments: (r) => `${r?.content ? r?.content + " - " : ""}${r?.id}`,
    tags: (r) => `${r?.label ? r?.label + " - " : ""}${r?.id}`,
  };
  const validations = {
    title: [{ type: "Required" }],
    body: [{ type: "Required" }],
    status: [{ type: "Required" }],
    publishedAt: [],
    seo: [{ type: "JSON" }],
    viewCount: [],
    rating: [],
    featured: [],
    keywords: [],
    author: [],
    comments: [],
    tags: [],
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
  const convertToLocal = (date) => {
    const df = new Intl.DateTimeFormat("default", {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      calendar: "iso8601",
      numberingSystem: "latn",
      hourCycle: "h23",
    });
    const parts = df.formatToParts(date).reduce((acc, part) => {
      acc[part.type] = part.value;
      return acc;
    }, {});
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
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
  const fetchCommentsRecords = async (value) => {
    setCommentsLoading(true);
    const newOptions = [];
    let newNext = "";
    while (newOptions.length < autocompleteLength && newNext != null) {
      const variables = {
        limit: autocompleteLength * 5,
        filter: {
          or: [{ content: { contains: value } }, { id: { contains: value } }],
        },
      };
      if (newNext) {
        variables["nextToken"] = newNext;
      }
      const result = (
        await client.graphql({
          query: listComments.replaceAll("__typename", ""),
          variables,
        })
      )?.data?.listComments?.items;
      var loaded = result.filter(
        (item) => !commentsIdSet.has(getIDValue.comments?.(item))
      );
      newOptions.push(...loaded);
      newNext = result.nextToken;
    }
    setCommentsRecords(newOptions.slice(0, autocompleteLength));
    setCommentsLoading(false);
  };
  const fetchTagsRecords = async (value) => {
    setTagsLoading(true);
    const newOptions = [];
    let newNext = "";
    while (newOptions.length < autocompleteLength && newNext != null) {
      const variables = {
        limit: autocompleteLength * 5,
        filter: {
          or: [{ label: { contains: value } }, { id: { contains: value } }],
        },
      };
      if (newNext) {
        variables["nextToken"] = newNext;
      }
      const result = (
        await client.graphql({
          query: listTags.replaceAll("__typename", ""),
          variables,
        })
      )?.data?.listTags?.items;
      var loaded = result.filter(
        (item) => !tagsIdSet.has(getIDValue.tags?.(item))
      );
      newOptions.push(...loaded);
      newNext = result.nextToken;
    }
    setTagsRecords(newOptions.slice(0, autocompleteLength));
    setTagsLoading(false);
  };
  React.useEffect(() => {
    fetchAuthorRecords("");
    fetchCommentsRecords("");
    fetchTagsRecords("");
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
          title,
          body,
          status,
          publishedAt: publishedAt ?? null,
          seo: seo ?? null,
          viewCount: viewCount ?? null,
          rating: rating ?? null,
          featured: featured ?? null,
          keywords: keywords ?? null,
          author: author ?? null,
          comments: comments ?? null,
          tags: tags ?? null,
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
          const commentsToLink = [];
          const commentsToUnLink = [];
          const commentsSet = new Set();
          const linkedCommentsSet = new Set();
          comments.forEach((r) => commentsSet.add(getIDValue.comments?.(r)));
          linkedComments.forEach((r) =>
            linkedCommentsSet.add(getIDValue.comments?.(r))
          );
          linkedComments.forEach((r) => {
            if (!commentsSet.has(getIDValue.comments?.(r))) {
              commentsToUnLink.push(r);
            }
          });
          comments.forEach((r) => {
            if (!linkedCommentsSet.has(getIDValue.comments?.(r))) {
              commentsToLink.push(r);
            }
          });
          commentsToUnLink.forEach((original) => {
            if (!canUnlinkComments) {
              throw Error(
                `Comment ${original.id} cannot be unlinked from Post because undefined is a required field.`
              );
            }
            promises.push(
              client.graphql({
                query: updateComment.replaceAll("__typename", ""),
                variables: {
                  input: {
                    id: original.id,
                  },
                },
              })
            );
          });
          commentsToLink.forEach((original) => {
            promises.push(
              client.graphql({
                query: updateComment.replaceAll("__typename", ""),
                variables: {
                  input: {
                    id: original.id,
                  },
                },
              })
            );
          });
          const tagsToLinkMap = new Map();
          const tagsToUnLinkMap = new Map();
          const tagsMap = new Map();
          const linkedTagsMap = new Map();
          tags.forEach((r) => {
            const count = tagsMap.get(getIDValue.tags?.(r));
            const newCount = count ? count + 1 : 1;
            tagsMap.set(getIDValue.tags?.(r), newCount);
          });
          linkedTags.forEach((r) => {
            const count = linkedTagsMap.get(getIDValue.tags?.(r));
            const newCount = count ? count + 1 : 1;
            linkedTagsMap.set(getIDValue.tags?.(r), newCount);
          });
          linkedTagsMap.forEach((count, id) => {
            const newCount = tagsMap.get(id);
            if (newCount) {
              const diffCount = count - newCount;
              if (diffCount > 0) {
                tagsToUnLinkMap.set(id, diffCount);
              }
            } else {
              tagsToUnLinkMap.set(id, count);
            }
          });
          tagsMap.forEach((count, id) => {
            const originalCount = linkedTagsMap.get(id);
            if (originalCount) {
              const diffCount = count - originalCount;
              if (diffCount > 0) {
                tagsToLinkMap.set(id, diffCount);
              }
            } else {
              tagsToLinkMap.set(id, count);
            }
          });
          tagsToUnLinkMap.forEach(async (count, id) => {
            const recordKeys = JSON.parse(id);
            const postTagsRecords = (
              await client.graphql({
                query: listPostTags.replaceAll("__typename", ""),
                variables: {
                  filter: {
                    and: [
                      { tagId: { eq: recordKeys.id } },
                      { postId: { eq: postRecord.id } },
                    ],
                  },
                },
              })
            )?.data?.listPostTags?.items;
            for (let i = 0; i < count; i++) {
              promises.push(
                client.graphql({
                  query: deletePostTags.replaceAll("__typename", ""),
                  variables: {
                    input: {
                      id: postTagsRecords[i].id,
                    },
                  },
                })
              );
            }
          });
          tagsToLinkMap.forEach((count, id) => {
            const tagToLink = tagsRecords.find((r) =>
              Object.entries(JSON.parse(id)).every(
                ([key, value]) => r[key] === value
              )
            );
            for (let i = count; i > 0; i--) {
              promises.push(
                client.graphql({
                  query: createPostTags.replaceAll("__typename", ""),
                  variables: {
                    input: {
                      postId: postRecord.id,
                      tagId: tagToLink.id,
                    },
                  },
                })
              );
            }
          });
          const modelFieldsToSave = {
            title: modelFields.title,
            body: modelFields.body,
            status: modelFields.status,
            publishedAt: modelFields.publishedAt ?? null,
            viewCount: modelFields.viewCount ?? null,
            rating: modelFields.rating ?? null,
            featured: modelFields.featured ?? null,
            keywords: modelFields.keywords ?? null,
            authorID: modelFields?.author?.id ?? null,
            seo: modelFields.seo
              ? JSON.parse(modelFields.seo)
              : modelFields.seo,
          };
          promises.push(
            client.graphql({
              query: updatePost.replaceAll("__typename", ""),
              variables: {
                input: {
                  id: postRecord.id,
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
      {...getOverrideProps(overrides, "PostUpdateForm")}
      {...rest}
    >
      <TextField
        label="Title"
        isRequired={true}
        isReadOnly={false}
        value={title}
        onChange={(e) => {
          let { value } = e.target;
          if (onChange) {
            const modelFields = {
              title: value,
              body,
              status,
              publishedAt,
              seo,
              viewCount,
              rating,
              featured,
              keywords,
              author,
              comments,
              tags,
            };
            const result = onChange(modelFields);
            value = result?.title ?? value;
          }
          if (errors.title?.hasError) {
            runValidationTasks("title", value);
          }
          setTitle(value);
        }}
        onBlur={() => runValidationTasks("title", title)}
        errorMessage={errors.title?.errorMessage}
        hasError={errors.title?.hasError}
        {...getOverrideProps(overrides, "title")}
      ></TextField>
      <TextField
        label="Body"
        isRequired={true}
        isReadOnly={false}
        value={body}
        onChange={(e) => {
          let { value } = e.target;
          if (onChange) {
            const modelFields = {
              title,
              body: value,
              status,
              publishedAt,
              seo,
              viewCount,
              rating,
              featured,
              keywords,
              author,
              comments,
              tags,
            };
            const result = onChange(modelFields);
            value = result?.body ?? value;
          }
          if (errors.body?.hasError) {
            runValidationTasks("body", value);
          }
          setBody(value);
        }}
        onBlur={() => runValidationTasks("body", body)}
        errorMessage={errors.body?.errorMessage}
        hasError={errors.body?.hasError}
        {...getOverrideProps(overrides, "body")}
      ></TextField>
      <SelectField
        label="Status"
        placeholder="Please select an option"
        isDisabled={false}
        value={status}
        onChange={(e) => {
          let { value } = e.target;
          if (onChange) {
            const modelFields = {
              title,
              body,
              status: value,
              publishedAt,
              seo,
              viewCount,
              rating,
              featured,
              keywords,
              author,
              comments,
              tags,
            };
            const result = onChange(modelFields);
            value = result?.status ?? value;
          }
          if (errors.status?.hasError) {
            runValidationTasks("status", value);
          }
          setStatus(value);
        }}
        onBlur={() => runValidationTasks("status", status)}
        errorMessage={errors.status?.errorMessage}
        hasError={errors.status?.hasError}
        {...getOverrideProps(overrides, "status")}
      >
        <option
          children="Draft"
          value="DRAFT"
          {...getOverrideProps(overrides, "statusoption0")}
        ></option>
        <option
          children="Published"
          value="PUBLISHED"
          {...getOverrideProps(overrides, "statusoption1")}
        ></option>
        <option
          children="Archived"
          value="ARCHIVED"
          {...getOverrideProps(overrides, "statusoption2")}
        ></option>
      </SelectField>
      <TextField
        label="Published at"
        isRequired={false}
        isReadOnly={false}
        type="datetime-local"
        value={publishedAt && convertToLocal(new Date(publishedAt))}
        onChange={(e) => {
          let value =
            e.target.value === "" ? "" : new Date(e.target.value).toISOString();
          if (onChange) {
            const modelFields = {
              title,
              body,
              status,
              publishedAt: value,
              seo,
              viewCount,
              rating,
              featured,
              keywords,
              author,
              comments,
              tags,
            };
            const result = onChange(modelFields);
            value = result?.publishedAt ?? value;
          }
          if (errors.publishedAt?.hasError) {
            runValidationTasks("publishedAt", value);
          }
          setPublishedAt(value);
        }}
        onBlur={() => runValidationTasks("publishedAt", publishedAt)}
        errorMessage={errors.publishedAt?.errorMessage}
        hasError={errors.publishedAt?.hasError}
        {...getOverrideProps(overrides, "publishedAt")}
      ></TextField>
      <TextAreaField
        label="Seo"
        isRequired={false}
        isReadOnly={false}
        value={seo}
        onChange={(e) => {
          let { value } = e.target;
          if (onChange) {
            const modelFields = {
              title,
              body,
              status,
              publishedAt,
              seo: value,
              viewCount,
              rating,
              featured,
              keywords,
              author,
              comments,
              tags,
            };
            const result = onChange(modelFields);
            value = result?.seo ?? value;
          }
          if (errors.seo?.hasError) {
            runValidationTasks("seo", value);
          }
          setSeo(value);
        }}
        onBlur={() => runValidationTasks("seo", seo)}
        errorMessage={errors.seo?.errorMessage}
        hasError={errors.seo?.hasError}
        {...getOverrideProps(overrides, "seo")}
      ></TextAreaField>
      <TextField
        label="View count"
        isRequired={false}
        isReadOnly={false}
        type="number"
        step="any"
        value={viewCount}
        onChange={(e) => {
          let value = isNaN(parseInt(e.target.value))
            ? e.target.value
            : parseInt(e.target.value);
          if (onChange) {
            const modelFields = {
              title,
              body,
              status,
              publishedAt,
              seo,
              viewCount: value,
              rating,
              featured,
              keywords,
              author,
              comments,
              tags,
            };
            const result = onChange(modelFields);
            value = result?.viewCount ?? value;
          }
          if (errors.viewCount?.hasError) {
            runValidationTasks("viewCount", value);
          }
          setViewCount(value);
        }}
        onBlur={() => runValidationTasks("viewCount", viewCount)}
        errorMessage={errors.viewCount?.errorMessage}
        hasError={errors.viewCount?.hasError}
        {...getOverrideProps(overrides, "viewCount")}
      ></TextField>
      <TextField
        label="Rating"
        isRequired={false}
        isReadOnly={false}
        type="number"
        step="any"
        value={rating}
        onChange={(e) => {
          let value = isNaN(parseFloat(e.target.value))
            ? e.target.value
            : parseFloat(e.target.value);
          if (onChange) {
            const modelFields = {
              title,
              body,
              status,
              publishedAt,
              seo,
              viewCount,
              rating: value,
              featured,
              keywords,
              author,
              comments,
              tags,
            };
            const result = onChange(modelFields);
            value = result?.rating ?? value;
          }
          if (errors.rating?.hasError) {
            runValidationTasks("rating", value);
          }
          setRating(value);
        }}
        onBlur={() => runValidationTasks("rating", rating)}
        errorMessage={errors.rating?.errorMessage}
        hasError={errors.rating?.hasError}
        {...getOverrideProps(overrides, "rating")}
      ></TextField>
      <SwitchField
        label="Featured"
        defaultChecked={false}
        isDisabled={false}
        isChecked={featured}
        onChange={(e) => {
          let value = e.target.checked;
          if (onChange) {
            const modelFields = {
              title,
              body,
              status,
              publishedAt,
              seo,
              viewCount,
              rating,
              featured: value,
              keywords,
              author,
              comments,
              tags,
            };
            const result = onChange(modelFields);
            value = result?.featured ?? value;
          }
          if (errors.featured?.hasError) {
            runValidationTasks("featured", value);
          }
          setFeatured(value);
        }}
        onBlur={() => runValidationTasks("featured", featured)}
        errorMessage={errors.featured?.errorMessage}
        hasError={errors.featured?.hasError}
        {...getOverrideProps(overrides, "featured")}
      ></SwitchField>
      <ArrayField
        onChange={async (items) => {
          let values = items;
          if (onChange) {
            const modelFields = {
              title,
              body,
              status,
              publishedAt,
              seo,
              viewCount,
              rating,
              featured,
              keywords: values,
              author,
              comments,
              tags,
            };
            const result = onChange(modelFields);
            values = result?.keywords ?? values;
          }
          setKeywords(values);
          setCurrentKeywordsValue("");
        }}
        currentFieldValue={currentKeywordsValue}
        label={"Keywords"}
        items={keywords}
        hasError={errors?.keywords?.hasError}
        runValidationTasks={async () =>
          await runValidationTasks("keywords", currentKeywordsValue)
        }
        errorMessage={errors?.keywords?.errorMessage}
        setFieldValue={setCurrentKeywordsValue}
        inputFieldRef={keywordsRef}
        defaultFieldValue={""}
      >
        <TextField
          label="Keywords"
          isRequired={false}
          isReadOnly={false}
          value={currentKeywordsValue}
          onChange={(e) => {
            let { value } = e.target;
            if (errors.keywords?.hasError) {
              runValidationTasks("keywords", value);
            }
            setCurrentKeywordsValue(value);
          }}
          onBlur={() => runValidationTasks("keywords", currentKeywordsValue)}
          errorMessage={errors.keywords?.errorMessage}
          hasError={errors.keywords?.hasError}
          ref={keywordsRef}
          labelHidden={true}
          {...getOverrideProps(overrides, "keywords")}
        ></TextField>
      </ArrayField>
      <ArrayField
        lengthLimit={1}
        onChange={async (items) => {
          let value = items[0];
          if (onChange) {
            const modelFields = {
              title,
              body,
              status,
              publishedAt,
              seo,
              viewCount,
              rating,
              featured,
              keywords,
              author: value,
              comments,
              tags,
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
      <ArrayField
        onChange={async (items) => {
          let values = items;
          if (onChange) {
            const modelFields = {
              title,
              body,
              status,
              publishedAt,
              seo,
              viewCount,
              rating,
              featured,
              keywords,
              author,
              comments: values,
              tags,
            };
            const result = onChange(modelFields);
            values = result?.comments ?? values;
          }
          setComments(values);
          setCurrentCommentsValue(undefined);
          setCurrentCommentsDisplayValue("");
        }}
        currentFieldValue={currentCommentsValue}
        label={"Comments"}
        items={comments}
        hasError={errors?.comments?.hasError}
        runValidationTasks={async () =>
          await runValidationTasks("comments", currentCommentsValue)
        }
        errorMessage={errors?.comments?.errorMessage}
        getBadgeText={getDisplayValue.comments}
        setFieldValue={(model) => {
          setCurrentCommentsDisplayValue(
            model ? getDisplayValue.comments(model) : ""
          );
          setCurrentCommentsValue(model);
        }}
        inputFieldRef={commentsRef}
        defaultFieldValue={""}
      >
        <Autocomplete
          label="Comments"
          isRequired={false}
          isReadOnly={false}
          placeholder="Search Comment"
          value={currentCommentsDisplayValue}
          options={commentsRecords.map((r) => ({
            id: getIDValue.comments?.(r),
            label: getDisplayValue.comments?.(r),
          }))}
          isLoading={commentsLoading}
          onSelect={({ id, label }) => {
            setCurrentCommentsValue(
              commentsRecords.find((r) =>
                Object.entries(JSON.parse(id)).every(
                  ([key, value]) => r[key] === value
                )
              )
            );
            setCurrentCommentsDisplayValue(label);
            runValidationTasks("comments", label);
          }}
          onClear={() => {
            setCurrentCommentsDisplayValue("");
          }}
          onChange={(e) => {
            let { value } = e.target;
            fetchCommentsRecords(value);
            if (errors.comments?.hasError) {
              runValidationTasks("comments", value);
            }
            setCurrentCommentsDisplayValue(value);
            setCurrentCommentsValue(undefined);
          }}
          onBlur={() =>
            runValidationTasks("comments", currentCommentsDisplayValue)
          }
          errorMessage={errors.comments?.errorMessage}
          hasError={errors.comments?.hasError}
          ref={commentsRef}
          labelHidden={true}
          {...getOverrideProps(overrides, "comments")}
        ></Autocomplete>
      </ArrayField>
      <ArrayField
        onChange={async (items) => {
          let values = items;
          if (onChange) {
            const modelFields = {
              title,
              body,
              status,
              publishedAt,
              seo,
              viewCount,
              rating,
              featured,
              keywords,
              author,
              comments,
              tags: values,
            };
            const result = onChange(modelFields);
            values = result?.tags ?? values;
          }
          setTags(values);
          setCurrentTagsValue(undefined);
          setCurrentTagsDisplayValue("");
        }}
        currentFieldValue={currentTagsValue}
        label={"Tags"}
        items={tags}
        hasError={errors?.tags?.hasError}
        runValidationTasks={async () =>
          await runValidationTasks("tags", currentTagsValue)
        }
        errorMessage={errors?.tags?.errorMessage}
        getBadgeText={getDisplayValue.tags}
        setFieldValue={(model) => {
          setCurrentTagsDisplayValue(model ? getDisplayValue.tags(model) : "");
          setCurrentTagsValue(model);
        }}
        inputFieldRef={tagsRef}
        defaultFieldValue={""}
      >
        <Autocomplete
          label="Tags"
          isRequired={false}
          isReadOnly={false}
          placeholder="Search Tag"
          value={currentTagsDisplayValue}
          options={tagsRecords.map((r) => ({
            id: getIDValue.tags?.(r),
            label: getDisplayValue.tags?.(r),
          }))}
          isLoading={tagsLoading}
          onSelect={({ id, label }) => {
            setCurrentTagsValue(
              tagsRecords.find((r) =>
                Object.entries(JSON.parse(id)).every(
                  ([key, value]) => r[key] === value
                )
              )
            );
            setCurrentTagsDisplayValue(label);
            runValidationTasks("tags", label);
          }}
          onClear={() => {
            setCurrentTagsDisplayValue("");
          }}
          onChange={(e) => {
            let { value } = e.target;
            fetchTagsRecords(value);
            if (errors.tags?.hasError) {
              runValidationTasks("tags", value);
            }
            setCurrentTagsDisplayValue(value);
            setCurrentTagsValue(undefined);
          }}
          onBlur={() => runValidationTasks("tags", currentTagsDisplayValue)}
          errorMessage={errors.tags?.errorMessage}
          hasError={errors.tags?.hasError}
          ref={tagsRef}
          labelHidden={true}
          {...getOverrideProps(overrides, "tags")}
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
          isDisabled={!(idProp || postModelProp)}
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
              !(idProp || postModelProp) ||
              Object.values(errors).some((e) => e?.hasError)
            }
            {...getOverrideProps(overrides, "SubmitButton")}
          ></Button>
        </Flex>
      </Flex>
    </Grid>
  );
}
