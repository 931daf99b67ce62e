// Importing this module registers every ATS adapter.
