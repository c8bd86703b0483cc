// The pane's chunk, loaded by index.tsx once office.js says this is Excel.
// zod is told first not to compile schemas with `new Function`, before the
// core's modules define any.
import './zod-jitless';

export { App } from './App';
export { openLiveWorkbook } from './open-live-workbook';
