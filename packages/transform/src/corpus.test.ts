import { describe, expect, it } from 'vitest';
import { normalizeSchema } from './normalize-schema.js';
import { SchemaError } from '@uibuilder-codegen/core';
import { codesAt, corpusNames, describeRelations, readFixture } from './test-support/fixtures.js';

/**
 * [corpus schema, relations (`Model.field kind Related [via Join] [fks] <> inverse`), index queries,
 * fields the transformer adds (implicit id / implicit foreign keys)].
 */
const CORPUS: [string, string[], string[], string[]][] = [
  ['blog', [], [], []],
  ['book', [], [], []],
  [
    'car',
    [
      'Dealership.cars hasMany Car [dealershipId] <> dealership',
      'Car.dealership belongsTo Dealership [dealershipId] <> cars',
    ],
    // The references form: relatedModelFields equal the belongsTo's associatedFields.
    [],
    [],
  ],
  [
    'comment-hasMany-belongsTo-relationships',
    [
      'User.comments hasMany Comment [userCommentsId] <> User',
      'Comment.post belongsTo Post [postID] <> comments',
      'Comment.User belongsTo User [userCommentsId] <> comments',
      'Comment.Org belongsTo Org [orgCommentsId] <> comments',
      'Post.comments hasMany Comment [postCommentsId] <> post',
      'Org.comments hasMany Comment [orgCommentsId] <> Org',
    ],
    [],
    ['Comment.userCommentsId', 'Comment.orgCommentsId', 'Comment.postCommentsId'],
  ],
  [
    'comment-with-postID__schema',
    [
      'Blog.posts hasMany Post [blogPostsId] <> blog',
      'Post.blog belongsTo Blog [blogPostsId] <> posts',
      'Post.comments hasMany Comment [postID]',
    ],
    ['commentsByPostID'],
    ['Post.blogPostsId'],
  ],
  [
    'composite-key-movie',
    [
      'Movie.tags manyToMany Tag via MovieTags [movieMovieKey,movietitle,moviegenre] <> movies',
      'Tag.movies manyToMany Movie via MovieTags [tagId] <> tags',
      'MovieTags.tag belongsTo Tag [tagId] <> movies',
      'MovieTags.movie belongsTo Movie [movieMovieKey,movietitle,moviegenre] <> tags',
    ],
    ['movieTagsByTagId', 'movieTagsByMovieMovieKeyAndMovietitleAndMoviegenre'],
    [],
  ],
  [
    'composite-relationships',
    [
      'CompositeDog.CompositeBowl hasOne CompositeBowl [compositeDogCompositeBowlShape,compositeDogCompositeBowlSize]',
      'CompositeDog.CompositeOwner belongsTo CompositeOwner [compositeDogCompositeOwnerLastName,compositeDogCompositeOwnerFirstName] <> CompositeDog',
      'CompositeDog.CompositeToys hasMany CompositeToy [compositeDogCompositeToysName,compositeDogCompositeToysDescription]',
      'CompositeDog.CompositeVets manyToMany CompositeVet via CompositeDogCompositeVet [compositeDogName,compositeDogdescription] <> CompositeDogs',
      'CompositeOwner.CompositeDog hasOne CompositeDog [compositeOwnerCompositeDogName,compositeOwnerCompositeDogDescription] <> CompositeOwner',
      'CompositeVet.CompositeDogs manyToMany CompositeDog via CompositeDogCompositeVet [compositeVetSpecialty,compositeVetcity] <> CompositeVets',
      'CompositeDogCompositeVet.compositeDog belongsTo CompositeDog [compositeDogName,compositeDogdescription] <> CompositeVets',
      'CompositeDogCompositeVet.compositeVet belongsTo CompositeVet [compositeVetSpecialty,compositeVetcity] <> CompositeDogs',
    ],
    [
      'compositeDogCompositeVetsByCompositeDogNameAndCompositeDogdescription',
      'compositeDogCompositeVetsByCompositeVetSpecialtyAndCompositeVetcity',
    ],
    [
      'CompositeDog.compositeDogCompositeBowlShape',
      'CompositeDog.compositeDogCompositeBowlSize',
      'CompositeDog.compositeDogCompositeOwnerLastName',
      'CompositeDog.compositeDogCompositeOwnerFirstName',
      'CompositeOwner.compositeOwnerCompositeDogName',
      'CompositeOwner.compositeOwnerCompositeDogDescription',
      'CompositeToy.compositeDogCompositeToysName',
      'CompositeToy.compositeDogCompositeToysDescription',
    ],
  ],
  [
    'cpk-relationships',
    [
      'CPKTeacher.CPKStudent hasOne CPKStudent [cPKTeacherCPKStudentSpecialStudentId]',
      'CPKTeacher.CPKClasses manyToMany CPKClass via CPKTeacherCPKClass [cPKTeacherSpecialTeacherId] <> CPKTeachers',
      'CPKTeacher.CPKProjects hasMany CPKProject [cPKTeacherID]',
      'CPKClass.CPKTeachers manyToMany CPKTeacher via CPKTeacherCPKClass [cPKClassSpecialClassId] <> CPKClasses',
      'CPKTeacherCPKClass.cpkTeacher belongsTo CPKTeacher [cPKTeacherSpecialTeacherId] <> CPKClasses',
      'CPKTeacherCPKClass.cpkClass belongsTo CPKClass [cPKClassSpecialClassId] <> CPKTeachers',
    ],
    [
      'cPKProjectsByCPKTeacherID',
      'cPKTeacherCPKClassesByCPKTeacherSpecialTeacherId',
      'cPKTeacherCPKClassesByCPKClassSpecialClassId',
    ],
    ['CPKTeacher.cPKTeacherCPKStudentSpecialStudentId'],
  ],
  [
    'custom-key-model__schema',
    ['CustomKeyModel.children hasMany ChildItem [customKeyModelChildrenMycustomkey]'],
    [],
    ['ChildItem.customKeyModelChildrenMycustomkey'],
  ],
  [
    'dog-owner-required',
    ['Dog.owner belongsTo Owner [dogOwnerId] <> Dog', 'Owner.Dog hasOne Dog [ownerDogId] <> owner'],
    [],
    ['Dog.dogOwnerId', 'Owner.ownerDogId'],
  ],
  [
    'example-post-comment-tag-profile.introspection',
    [
      'Post.comments hasMany Comment [postID] <> post',
      'Post.tags manyToMany Tag via PostTags [postId] <> posts',
      'Comment.post belongsTo Post [postID] <> comments',
      'Tag.posts manyToMany Post via PostTags [tagId] <> tags',
      'Profile.user hasOne User [profileUserId]',
      'PostTags.post belongsTo Post [postId] <> tags',
      'PostTags.tag belongsTo Tag [tagId] <> posts',
    ],
    ['commentsByPostID', 'postTagsByPostId', 'postTagsByTagId'],
    ['Profile.profileUserId'],
  ],
  ['games', ['Games.Texts hasMany Text [gamesID]'], ['textsByGamesID'], ['Text.gamesID']],
  [
    'has-many-autocomplete-post',
    [
      'Comment.Post belongsTo Post [postCommentsId] <> Comments',
      'Post.Comments hasMany Comment [postID] <> Post',
    ],
    ['commentsByPostID'],
    ['Comment.postCommentsId'],
  ],
  [
    'has-many-comment-no-belongsTo',
    ['Post.Comments hasMany Comment [postID]'],
    ['commentsByPostID'],
    [],
  ],
  ['input-gallery', [], [], []],
  [
    'many-to-many-class',
    [
      'Student.Classes manyToMany Class via StudentClass [studentId] <> students',
      'Class.students manyToMany Student via StudentClass [classId] <> Classes',
      'StudentClass.student belongsTo Student [studentId] <> Classes',
      'StudentClass.class belongsTo Class [classId] <> students',
    ],
    ['studentClassesByStudentId', 'studentClassesByClassId'],
    [],
  ],
  [
    'mock-schemas__schemaWithRelationships',
    [
      'PrimaryCareGiver.Child hasOne Child [primaryCareGiverChildId]',
      'Student.Teachers manyToMany Teacher via StudentTeacher [studentID] <> students',
      'Teacher.students manyToMany Student via StudentTeacher [teacherID] <> Teachers',
      'Lock.Key hasOne Key [lockKeyId] <> Lock',
      'Key.Lock belongsTo Lock [keyLockId] <> Key',
      'Owner.Dog hasMany Dog [ownerID]',
      'StudentTeacher.student belongsTo Student [studentID] <> Teachers',
      'StudentTeacher.teacher belongsTo Teacher [teacherID] <> students',
    ],
    ['dogsByOwnerID', 'studentTeachersByStudentID', 'studentTeachersByTeacherID'],
    [
      'PrimaryCareGiver.primaryCareGiverChildId',
      'Lock.lockKeyId',
      'Key.keyLockId',
      'StudentTeacher.studentID',
      'StudentTeacher.teacherID',
    ],
  ],
  [
    'mock-schemas__schemaWithoutJoinTables',
    [
      'User.Entries hasMany Entry [userID] <> User',
      'User.Images hasMany Image [userID] <> User',
      'Entry.User belongsTo User [userID] <> Entries',
      'Entry.Images hasMany Image [entryID] <> Entry',
      'Image.User belongsTo User [userID] <> Images',
      'Image.Entry belongsTo Entry [entryID] <> Images',
      'Box.Crate belongsTo Crate [crateID] <> Boxes',
      'Crate.Boxes hasMany Box [crateID] <> Crate',
    ],
    ['entriesByUserID', 'imagesByUserID', 'imagesByEntryID', 'boxesByCrateID'],
    [],
  ],
  ['person', [], [], []],
  ['post', [], [], []],
  [
    'project-team-model',
    [
      'Member.Team belongsTo Team [teamMembersId] <> Members',
      'Team.Project hasOne Project [teamProjectId] <> Team',
      'Team.Members hasMany Member [teamID] <> Team',
      'Project.Team belongsTo Team [projectTeamId] <> Project',
    ],
    ['membersByTeamID'],
    ['Member.teamMembersId', 'Team.teamProjectId', 'Project.projectTeamId'],
  ],
  [
    'schema-with-2-has-one',
    ['Foo.User1 hasOne User [fooUser1Id]', 'Foo.User2 hasOne User [fooUser2Id]'],
    [],
    ['Foo.fooUser1Id', 'Foo.fooUser2Id'],
  ],
  [
    'school-student-collision',
    ['School.Student hasMany Student [schoolID]'],
    ['studentsBySchoolID'],
    [],
  ],
  [
    'table-with-custom-type__schema',
    [
      'ParentTable.BasicTables hasMany BasicTable [parentTableBasicTablesId] <> parentTable',
      'BasicTable.parentTable belongsTo ParentTable [parentTableBasicTablesId] <> BasicTables',
    ],
    [],
    ['BasicTable.parentTableBasicTablesId'],
  ],
  [
    'tag-post',
    [
      'Tag.Posts manyToMany Post via TagPost [tagID] <> Tags',
      'Post.Tags manyToMany Tag via TagPost [postID] <> Posts',
      'TagPost.tag belongsTo Tag [tagID] <> Posts',
      'TagPost.post belongsTo Post [postID] <> Tags',
    ],
    ['tagPostsByTagID', 'tagPostsByPostID'],
    ['TagPost.tagID', 'TagPost.postID'],
  ],
  [
    'test-generator-schema',
    [
      'Tag.AllSupportedFormFields manyToMany AllSupportedFormFields via AllSupportedFormFieldsTag [tagId] <> ManyToManyTags',
      'AllSupportedFormFields.HasOneUser hasOne User [allSupportedFormFieldsHasOneUserId]',
      'AllSupportedFormFields.BelongsToOwner belongsTo Owner [allSupportedFormFieldsBelongsToOwnerId] <> AllSupportedFormFields',
      'AllSupportedFormFields.HasManyStudents hasMany Student [allSupportedFormFieldsID]',
      'AllSupportedFormFields.ManyToManyTags manyToMany Tag via AllSupportedFormFieldsTag [allSupportedFormFieldsId] <> AllSupportedFormFields',
      'Owner.AllSupportedFormFields hasOne AllSupportedFormFields [ownerAllSupportedFormFieldsId] <> BelongsToOwner',
      'CPKTeacher.CPKStudent hasOne CPKStudent [cPKTeacherCPKStudentSpecialStudentId]',
      'CPKTeacher.CPKClasses manyToMany CPKClass via CPKTeacherCPKClass [cPKTeacherSpecialTeacherId] <> CPKTeachers',
      'CPKTeacher.CPKProjects hasMany CPKProject [cPKTeacherID]',
      'CPKClass.CPKTeachers manyToMany CPKTeacher via CPKTeacherCPKClass [cPKClassSpecialClassId] <> CPKClasses',
      'CompositeDog.CompositeBowl hasOne CompositeBowl [compositeDogCompositeBowlShape,compositeDogCompositeBowlSize]',
      'CompositeDog.CompositeOwner belongsTo CompositeOwner [compositeDogCompositeOwnerLastName,compositeDogCompositeOwnerFirstName] <> CompositeDog',
      'CompositeDog.CompositeToys hasMany CompositeToy [compositeDogCompositeToysName,compositeDogCompositeToysDescription]',
      'CompositeDog.CompositeVets manyToMany CompositeVet via CompositeDogCompositeVet [compositeDogName,compositeDogdescription] <> CompositeDogs',
      'CompositeOwner.CompositeDog hasOne CompositeDog [compositeOwnerCompositeDogName,compositeOwnerCompositeDogDescription] <> CompositeOwner',
      'CompositeVet.CompositeDogs manyToMany CompositeDog via CompositeDogCompositeVet [compositeVetSpecialty,compositeVetcity] <> CompositeVets',
      'BiDirectionalDog.BiDirectionalOwner belongsTo BiDirectionalOwner [biDirectionalDogBiDirectionalOwnerId] <> BiDirectionalDog',
      'BiDirectionalDog.BiDirectionalToys hasMany BiDirectionalToy [biDirectionalDogBiDirectionalToysId] <> BiDirectionalDog',
      'BiDirectionalOwner.BiDirectionalDog hasOne BiDirectionalDog [biDirectionalDogID] <> BiDirectionalOwner',
      'BiDirectionalToy.BiDirectionalDog belongsTo BiDirectionalDog [biDirectionalDogID] <> BiDirectionalToys',
      'Dealership.cars hasMany Car [dealershipId] <> dealership',
      'Car.dealership belongsTo Dealership [dealershipId] <> cars',
      'AllSupportedFormFieldsTag.tag belongsTo Tag [tagId] <> AllSupportedFormFields',
      'AllSupportedFormFieldsTag.allSupportedFormFields belongsTo AllSupportedFormFields [allSupportedFormFieldsId] <> ManyToManyTags',
      'CPKTeacherCPKClass.cpkTeacher belongsTo CPKTeacher [cPKTeacherSpecialTeacherId] <> CPKClasses',
      'CPKTeacherCPKClass.cpkClass belongsTo CPKClass [cPKClassSpecialClassId] <> CPKTeachers',
      'CompositeDogCompositeVet.compositeDog belongsTo CompositeDog [compositeDogName,compositeDogdescription] <> CompositeVets',
      'CompositeDogCompositeVet.compositeVet belongsTo CompositeVet [compositeVetSpecialty,compositeVetcity] <> CompositeDogs',
    ],
    [
      'studentsByAllSupportedFormFieldsID',
      'cPKProjectsByCPKTeacherID',
      'allSupportedFormFieldsTagsByTagId',
      'allSupportedFormFieldsTagsByAllSupportedFormFieldsId',
      'cPKTeacherCPKClassesByCPKTeacherSpecialTeacherId',
      'cPKTeacherCPKClassesByCPKClassSpecialClassId',
      'compositeDogCompositeVetsByCompositeDogNameAndCompositeDogdescription',
      'compositeDogCompositeVetsByCompositeVetSpecialtyAndCompositeVetcity',
    ],
    [
      'AllSupportedFormFields.allSupportedFormFieldsHasOneUserId',
      'AllSupportedFormFields.allSupportedFormFieldsBelongsToOwnerId',
      'Owner.ownerAllSupportedFormFieldsId',
      'CPKTeacher.cPKTeacherCPKStudentSpecialStudentId',
      'CompositeDog.compositeDogCompositeBowlShape',
      'CompositeDog.compositeDogCompositeBowlSize',
      'CompositeDog.compositeDogCompositeOwnerLastName',
      'CompositeDog.compositeDogCompositeOwnerFirstName',
      'CompositeOwner.compositeOwnerCompositeDogName',
      'CompositeOwner.compositeOwnerCompositeDogDescription',
      'CompositeToy.compositeDogCompositeToysName',
      'CompositeToy.compositeDogCompositeToysDescription',
      'BiDirectionalDog.biDirectionalDogBiDirectionalOwnerId',
      'BiDirectionalToy.biDirectionalDogBiDirectionalToysId',
    ],
  ],
];

describe('corpus schemas', () => {
  it('covers every corpus file but the deliberately incomplete one', () => {
    expect(CORPUS.map(([name]) => name).sort()).toEqual(
      corpusNames().filter((n) => n !== 'mock-schemas__schemaWithAssumptions'),
    );
  });

  it.each(CORPUS)(
    '%s normalises without errors, with the expected relations',
    (name, relations, indexes, implicit) => {
      const { ir, diagnostics } = normalizeSchema(readFixture(`corpus/${name}.json`));
      expect(codesAt(diagnostics, 'error')).toEqual([]);
      expect(describeRelations(ir)).toEqual(relations);
      expect(ir.models.flatMap((m) => m.indexQueries.map((q) => q.fieldName))).toEqual(indexes);
      expect(
        ir.models.flatMap((m) =>
          m.fields
            .filter((f) => f.origin === 'implicitId' || f.origin === 'implicitForeignKey')
            .map((f) => `${m.name}.${f.name}`),
        ),
      ).toEqual(implicit);
    },
  );

  it('example-post-comment-tag-profile: the relations the issue names', () => {
    const { ir } = normalizeSchema(
      readFixture('corpus/example-post-comment-tag-profile.introspection.json'),
    );
    const field = (model: string, name: string) =>
      ir.models.find((m) => m.name === model)?.fields.find((f) => f.name === name);
    expect(field('Post', 'comments')?.relation).toMatchObject({
      kind: 'hasMany',
      relatedModel: 'Comment',
      foreignKeys: ['postID'],
    });
    expect(field('Post', 'tags')?.relation).toMatchObject({
      kind: 'manyToMany',
      relatedModel: 'Tag',
      joinModel: 'PostTags',
      joinField: 'post',
      otherJoinField: 'tag',
    });
    expect(field('Profile', 'user')?.relation).toMatchObject({
      kind: 'hasOne',
      relatedModel: 'User',
      foreignKeys: ['profileUserId'],
    });
    expect(field('Comment', 'postID')?.foreignKeyOf).toEqual({ model: 'Comment', field: 'post' });
  });

  it('book: the hyphenated relationship field is left out with a warning, its foreign key stays', () => {
    const { ir, diagnostics } = normalizeSchema(readFixture('corpus/book.json'));
    expect(codesAt(diagnostics, 'warning')).toEqual([
      'InvalidRelationshipFieldName /genericDataSchema/models/Book/fields/primary-author',
    ]);
    expect(ir.models[0]?.fields.map((f) => f.name)).toEqual([
      'id',
      'name',
      'authorId',
      'createdAt',
      'updatedAt',
    ]);
  });

  it('schemaWithAssumptions: User.friends -> missing Friend is the only error; id and userPostsId are implicit', () => {
    let error: unknown;
    try {
      normalizeSchema(readFixture('corpus/mock-schemas__schemaWithAssumptions.json'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SchemaError);
    const diagnostics = (error as SchemaError).diagnostics;
    expect(codesAt(diagnostics, 'error')).toEqual([
      'DanglingModelReference /genericDataSchema/models/User/fields/friends/relationship/relatedModelName',
    ]);
    expect(codesAt(diagnostics, 'info')).toEqual(
      expect.arrayContaining([
        'ImplicitId /genericDataSchema/models/User',
        'ImplicitId /genericDataSchema/models/Post',
        'ImplicitForeignKey /genericDataSchema/models/User/fields/posts/relationship/relatedModelFields/0',
      ]),
    );
  });

  it('person: a schema without primaryKeys gets the default key, with an info', () => {
    const { ir, diagnostics } = normalizeSchema(readFixture('corpus/person.json'));
    expect(ir.models[0]?.primaryKey).toEqual({ partitionKey: 'id', sortKeys: [], isCustom: false });
    expect(codesAt(diagnostics, 'info')).toContain(
      'DefaultPrimaryKey /genericDataSchema/models/Person/primaryKeys',
    );
  });
});
