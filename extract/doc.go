// Package extract is privtext's rule engine: it reads one clause at a time
// (and, for SDK lists and metadata, the whole document) and reports the data
// types, purposes, parties, practices and categories it finds, each with the
// byte span of its evidence. It works on plain input — text, offset, heading
// path — so it can be used without the rest of the library; package privtext
// feeds it the clauses of its segmenter.
//
// # Stages
//
// Extractor.Clause runs, in order:
//
//   - vocabulary: one phrase matcher over the clause's matching view (NFKC,
//     case-folded, typographic punctuation folded) finds data types,
//     purposes and parties; enumerations after "such as", "including",
//     "e.g." are read as lists, and words that are data only in context
//     ("address", "contacts") need a possessive, a list or a data cue;
//   - practices: action triggers (collect, use, share, sell, store,
//     transfer abroad, delete) with their actor, polarity (the scope of
//     "not", "never", "no", "unless", "only for"), condition, data,
//     recipients and purposes;
//   - categories: the twelve OPP-115 categories, from weighted cue phrases
//     of the text and its innermost heading plus features of the practices;
//   - crosswalk: the practices restated as APP-350 labels with modality.
//
// Extractor.Document reads SDK disclosure lists (as records: name,
// provider, purposes, data, policy URL) and metadata: controller, product,
// dates, contacts, governing law, storage locations, retention periods and
// response deadlines. A caller that knows which SDK entry holds a clause
// sets Input.Owner, and the clause's collections become that SDK's; one
// whose clause holds several entries sets Input.Owners, and each
// collection becomes the SDK's whose entry holds its evidence. Input.Product
// (DocResult.Product) keeps the data words of the product's name (鹿鸣视频)
// from counting as data, and Input.Context lets a reference (上述信息) or a
// continuation ("This includes ...") take the data of the clause before.
//
// # Languages
//
// The rules read English and Chinese. Chinese has no spaces, so every
// ideograph is a token and a cue is a run of them; a few grammar classes
// carry Chinese word order (a recipient or an object before the verb, as
// in 我们不会向第三方出售 and 我们不会将您的个人信息传输至境外). Chinese
// accuracy is measured on hand-labelled policies kept in the privtext
// package's testdata (zh_blind). Other languages pass through without
// error but are read only where their words match a rule.
//
// # Spans
//
// Every Mention, Practice, SDK, Contact and Duration carries Start and End,
// byte offsets into the clause text plus Input.Offset (into Document.Text for
// document facts), so a caller that passes each clause's offset gets spans
// into its own document.
//
// # Rules are data
//
// Every vocabulary and pattern is an embedded file under rules/ — data
// types, purposes, parties and SDKs, practice cues, category cues and
// weights, the APP-350 crosswalk, metadata cues, SDK list field names, and
// the closed classes of function words the engine reads sentence structure
// with (grammar.txt) — in one line format that rules/README.md documents.
// New compiles them once; Options.Rules adds entries of your own to any
// file, so a new SDK, synonym or cue phrase needs no rebuild. Errors in any
// file name the file and line and are all reported together.
//
// # Concurrency
//
// An Extractor is immutable after New and safe for concurrent use. Load and
// Default share one Extractor built from the embedded rules, compiled on
// first use.
package extract
