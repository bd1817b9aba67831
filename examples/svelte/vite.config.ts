import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// Relative asset paths, so the built app works from any folder (e.g. `pnpm serve` at the repo root).
export default defineConfig({ base: './', plugins: [svelte()] });
