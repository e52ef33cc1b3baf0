/**
 * prettier 3's defaults for the options that change how TypeScript, JavaScript and GraphQL print.
 * A resolved config that sets nothing else, and only these values, prints like no config at all.
 */
const DEFAULTS: Readonly<Record<string, unknown>> = {
  printWidth: 80,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  jsxSingleQuote: false,
  quoteProps: 'as-needed',
  trailingComma: 'all',
  bracketSpacing: true,
  bracketSameLine: false,
  objectWrap: 'preserve',
  arrowParens: 'always',
  proseWrap: 'preserve',
  endOfLine: 'lf',
  embeddedLanguageFormatting: 'auto',
  singleAttributePerLine: false,
  experimentalTernaries: false,
  experimentalOperatorPosition: 'end',
};

/** True when `config` (as `prettier.resolveConfig` returns it) prints exactly like the defaults. */
export function isDefaultPrettierConfig(config: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(config).every(
    ([key, value]) => Object.hasOwn(DEFAULTS, key) && DEFAULTS[key] === value,
  );
}
