/**
 * Stands in for Clerk UI's Solana wallet buttons (wxt.config.ts swaps it in at build time). A job
 * search has no use for crypto-wallet sign-in, and the real component brings a Solana client
 * (@solana/web3.js and its wallet adapters, ~400 KB) into the extension. Offering the strategy is
 * Clerk's dashboard setting; if it is on, this says why it is not available here.
 */
export function Web3SolanaWalletButtons() {
  return <p>Solana wallet sign-in is not available in Jobraker. Use e-mail or another method.</p>;
}
