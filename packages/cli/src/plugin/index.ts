export { uibuilderCodegen, uibuilderCodegen as default } from './unplugin.js';
export type { PluginOptions } from './plugin-options.js';
