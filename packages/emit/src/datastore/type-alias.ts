import { PRINT_WIDTH } from '../layout/print-doc.js';

// The declarations below differ only by the type's name, so prettier's layout of each comes down
// to one question, asked as prettier asks it: does the text up to the first place it may break
// fit in 80 columns? The CLI's prettier-stable test checks the answers at many name lengths.

/**
 * `type Name = { ...members };`, the members printed by `members` at the indentation it is given.
 * prettier keeps `= {` on the first line when `type Name = {` fits, else moves the whole object
 * type to the next line and indents it. No members print as `{}`.
 */
export function typeAlias(name: string, members: (indent: number) => readonly string[]): string {
  const head = `type ${name} =`;
  const probe = members(2);
  const empty = probe.length === 0;
  if (`${head} ${empty ? '{};' : '{'}`.length <= PRINT_WIDTH) {
    return `${head} ${empty ? '{}' : `{\n${probe.join('\n')}\n}`};`;
  }
  return `${head}\n  ${empty ? '{}' : `{\n${members(4).join('\n')}\n  }`};`;
}

/**
 * `export declare type Name = LazyLoading extends LazyLoadingDisabled ? EagerName : LazyName;`,
 * which never fits on one line: prettier breaks before `?` and `:`, and also after `=` when the
 * `extends` clause does not fit on the first line.
 */
export function lazyLoadingAlias(name: string): string {
  const head = `export declare type ${name} =`;
  const test = 'LazyLoading extends LazyLoadingDisabled';
  if (`${head} ${test}`.length <= PRINT_WIDTH) {
    return `${head} ${test}\n  ? Eager${name}\n  : Lazy${name};`;
  }
  return `${head}\n  ${test}\n    ? Eager${name}\n    : Lazy${name};`;
}

/**
 * A model's constructor with its `copyOf`. The `copyOf` signature never fits on one line (it is
 * 84 characters for a one-letter name), so its parameters are one a line; the constructor's
 * parameter and the mutator's each break out too when their line does not fit.
 */
export function modelConstructor(name: string): string {
  const init = `init: ModelInit<${name}>`;
  const flatHead = `export declare const ${name}: (new (${init}) => ${name}) & {`;
  const head =
    flatHead.length <= PRINT_WIDTH
      ? flatHead
      : `export declare const ${name}: (new (\n  ${init},\n) => ${name}) & {`;
  const draft = `draft: MutableModel<${name}>`;
  const result = `MutableModel<${name}> | void`;
  const flatMutator = `    mutator: (${draft}) => ${result},`;
  const mutator =
    flatMutator.length <= PRINT_WIDTH
      ? flatMutator
      : `    mutator: (\n      ${draft},\n    ) => ${result},`;
  return `${head}\n  copyOf(\n    source: ${name},\n${mutator}\n  ): ${name};\n};`;
}

/** A non-model's constructor, its parameter broken out when the line does not fit. */
export function nonModelConstructor(name: string): string {
  const init = `init: ModelInit<${name}>`;
  const flat = `export declare const ${name}: new (${init}) => ${name};`;
  return flat.length <= PRINT_WIDTH
    ? flat
    : `export declare const ${name}: new (\n  ${init},\n) => ${name};`;
}
