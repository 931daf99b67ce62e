// Unit tests run in Node. IndexedDB comes from fake-indexeddb so Dexie works unchanged.
import 'fake-indexeddb/auto';
