import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		// Every test file reads and writes its own cache of read letters, never the user's.
		setupFiles: ['./test/setup-cache.ts'],
	},
});
