/**
 * How generated code names a JavaScript global (`Array`, `Object`) beside the user's types. A
 * schema may declare a type of the same name (an enum `Array`, a model `Object`: the transformer
 * deploys them and AWS's generators emit them, fixtures/real/js-globals), which shadows the global
 * inside the generated module. Our own code then reaches the global as `globalThis.<name>`, and
 * otherwise by its plain name, which keeps the usual output as AWS writes it.
 */
export function globalName(name: string, isDeclared: (name: string) => boolean): string {
  return isDeclared(name) ? `globalThis.${name}` : name;
}
