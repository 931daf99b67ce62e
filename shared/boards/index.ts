/** Every board, registered, and what is derived from them. Import boards from here. */
import './all.ts';

export { hostIs, hostIsAny, toUrl } from './host.ts';
export { allBoards, boardById, boardMatches, boardOfUrl } from './registry.ts';
export { boardOfAttribute, signatureCss, sniffBoard } from './signature.ts';
export type { AdapterSelector, Board, SelectorSpec, SignatureMark } from './types.ts';
