export type {Footnote, Letter, LetterKind, LetterLayout, LetterMeta, Member, Question} from './model.js';
export {decodeLetterBytes, sniffBinary} from './decode.js';
export {normaliseText} from './normalise.js';
export {parseLetter, detectLayout} from './parse.js';
export {letterCacheFor, letterCacheRoot, LetterCache, type LetterCacheLocation} from './letter-cache.js';
export {type ReadOptions, readLetterFile, listLetterFiles, failureMessage, LetterReadError, letterExtensions, largestLetterBytes, describeFsError} from './read-file.js';
export {sniffFormat, type LetterFormat, type SniffedFormat} from './sniff-format.js';
export type {LetterRow, RowOptions, SkippedRow} from './read-rows.js';
export {columnsOf, loadLetters, type LoadOptions, type LoadProblem, type LoadProgress, type LoadResult} from './load-letters.js';
