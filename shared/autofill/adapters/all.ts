// Importing this module registers every ATS adapter (one file per ATS).
import './ashby.ts';
import './breezyhr.ts';
import './greenhouse.ts';
import './lever.ts';
import './workable.ts';
import './workday.ts';
