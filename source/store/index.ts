// The review store: annotation types, pure changes and merge, the schema, and the file adapter.
export type {Annotation, AnnotationFile, Annotations, Change, FlagValues, NoteDraft, NoteDrafts, ToggleFlag} from './model.js';
export {annotationFormatVersion} from './model.js';
export {answerKeys, applyChange, applyToAnnotation, countReviewed, createAnnotationFile, firstUnreviewed, isReviewed, noteDraftTexts, popUndo, pushUndo, undoLimit, withAnnotations, withNoteDrafts, type UndoStack} from './apply.js';
export {annotationFileSchema, annotationSchemaFor, checkAnnotationFile, parseAnnotationFile, serializeAnnotationFile, type ParsedSidecar, type SidecarProblem} from './schema.js';
export {answerPrints, attachAnnotations, noteDraftOffers, orphanedKeys, reviewOfLetter, stampAnnotations, textFingerprint, type AnswerPrint, type AnswerPrints, type DraftChange} from './attach.js';
export {mergeAnswer, mergeReview, toolJudgement, type FinalJudgement, type JudgementSource, type ReviewedAnswer} from './merge.js';
export {SidecarError, createSaver, loadAnnotations, lockSidecar, openAnnotations, realPathOf, reviewerName, reviewerSlug, sidecarPath, writeAnnotations, type Saver, type SidecarFlags, type SidecarLock} from './file.js';
