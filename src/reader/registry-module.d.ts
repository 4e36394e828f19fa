/** The history registries, validated at build time and shipped as plain JSON (src/cli/vite-plugin-registry.ts). */
declare module 'virtual:registry' {
  const registry: import('../history/registry-data.ts').RegistryData;
  export default registry;
}
