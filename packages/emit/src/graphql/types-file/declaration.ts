/**
 * One top-level declaration of the types file. Plain data, like ts-morph's structures but only
 * the two shapes this file needs, printed by `printDeclarations` in one pass.
 */
export type Declaration =
  | {
      readonly kind: 'typeAlias';
      readonly name: string;
      /** The aliased type's text, laid out from column 0 (see `typeLiteral`). */
      readonly type: string;
    }
  | {
      readonly kind: 'enum';
      readonly name: string;
      /** Each member's name, which is also its string value. */
      readonly values: readonly string[];
    };

/** An exported type alias. */
export function typeAlias(name: string, type: string): Declaration {
  return { kind: 'typeAlias', name, type };
}
