// Package eval scores the extractor against gold annotation, as
// ../shared/eval/ANNOTATION.md ("Scoring") defines it.
//
// The article-level evaluation reads gold articles (ReadGold), extracts the
// corpus articles they annotate (Extract), and compares the two (Score):
// event precision, recall and F1 under the guide's matching rule, the share
// of matched events whose status and date are right, and entity precision
// and recall by (name, kind). Names on both sides are compared after
// resolution to canonical entities, so that "DPRK", "North Korea" and the
// gazetteer's entity for it are one.
//
// The sentence-level evaluations (ReadPlover, ReadPetrarch, TypeAccuracy,
// RootAccuracy) code single sentences of the PLOVER and PETRARCH gold sets
// with the extractor's sentence coder (loader.Extractor.CodeSentence, which
// keeps readings that name no target, as those coders do) and check the
// event type or CAMEO root it assigns.
//
// testdata holds gold for 96 Wikinews articles outside the dev set, annotated
// blind to the same guide (see testdata/README.md): the check on whether a
// rule generalises.
//
// eval imports graph (the types it scores) and loader (the reader and
// extractor it scores); nothing of geokg imports eval but the command line.
package eval
