/**
 * Makes text safe inside a `/** ... *\/` comment: a `*\/` in a name from the job would end the
 * comment early and turn the rest into code, so it is written `*\/`. Line terminators become
 * spaces, because every doc comment here is one line.
 */
export function docCommentText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/[\r\n\u2028\u2029]+/g, ' ');
}
