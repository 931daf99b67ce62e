// Bring your own local model: a loopback OpenAI-compatible server (Ollama on 11434, LM Studio on 1234).
// Ollama answers an empty 403 to extension origins until OLLAMA_ORIGINS allows them.

export const LOCAL_PRESETS = {
  ollama: { label: 'Ollama', baseUrl: 'http://localhost:11434/v1', model: 'llama3.1:8b' },
  lmstudio: { label: 'LM Studio', baseUrl: 'http://localhost:1234/v1', model: 'local-model' },
} as const;

/** Only loopback: the point of a local model is that nothing leaves the machine. */
export function isLoopbackUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:'
      ? ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)
      : false;
  } catch {
    return false;
  }
}

/** What the settings page says when the local server answers 403 to the extension. */
export function ollamaOriginsAdvice(extensionOrigin: string): string {
  return (
    `The local model server refused this extension (403). Ollama allows extension origins only when told to: ` +
    `set OLLAMA_ORIGINS=${extensionOrigin} (or OLLAMA_ORIGINS=chrome-extension://*) in Ollama's environment ` +
    `and restart it. macOS: launchctl setenv OLLAMA_ORIGINS "${extensionOrigin}" then quit and reopen Ollama. ` +
    `Linux: systemctl edit ollama.service, add Environment="OLLAMA_ORIGINS=${extensionOrigin}", then ` +
    `systemctl restart ollama. Windows: add OLLAMA_ORIGINS as a user environment variable and restart Ollama. ` +
    'LM Studio: start the server with CORS on (lms server start --cors).'
  );
}
