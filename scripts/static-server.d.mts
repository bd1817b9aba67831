export function startStaticServer(options: {
  root: string;
  port?: number;
  headers?: Record<string, string>;
}): Promise<{ url: string; close: () => Promise<void> }>;
