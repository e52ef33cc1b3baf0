import type { OutputFormIR } from '@uibuilder-codegen/transform';

/**
 * Whether the generators write the `.js` files themselves (JavaScript output whose form the
 * transform marked `direct`); otherwise the output stage transpiles the TypeScript.
 */
export function writesJavaScript(output: OutputFormIR): boolean {
  return output.language === 'js' && output.direct;
}
