import { libVitestConfig } from '../../tools/vite/vitest.lib.mts';

export default libVitestConfig(import.meta.dirname);
