import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The library index's worker thread is its own entry: the main bundle starts it by file path.
      rollupOptions: { input: { index: resolve('src/main/index.ts'), indexWorker: resolve('src/main/services/library/indexWorker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file with its dependencies bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      sourcemap: false,
      target: 'chrome130',
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
})
