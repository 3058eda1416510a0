import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The console is built into web/dist, which the server serves at `/`.
 * React is resolved once from this folder: the repository root holds React 18 for GraphiQL's page.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[a-z-]+)[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { proxy: { '/graphql': { target: 'http://localhost:3000', ws: true } } },
});
