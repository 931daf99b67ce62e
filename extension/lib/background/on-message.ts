import type { Browser } from 'wxt/browser';
import { type BackgroundProtocol, backgroundMessenger as bg } from '../messaging.ts';
import { checkCaller } from './sender-policy.ts';

type Protocol = BackgroundProtocol;
type Handler<K extends keyof Protocol> = (message: {
  data: Parameters<Protocol[K]>[0];
  sender: Browser.runtime.MessageSender;
}) => Promise<ReturnType<Protocol[K]>> | ReturnType<Protocol[K]>;

/** Registers a handler that first checks who is asking (see sender-policy.ts). */
export function on<K extends keyof Protocol>(type: K, handler: Handler<K>): () => void {
  return bg.onMessage(type, (async (message: Parameters<Handler<K>>[0]) => {
    await checkCaller(type, message.sender);
    return handler(message);
  }) as never);
}
