package extract

// documentRules holds the SDK-list and metadata rules.
// OWNER: document helper. Stub until implemented.
type documentRules struct{}

func compileDocumentRules(l *loader) (*documentRules, error) { return &documentRules{}, nil }

func (d *documentRules) document(e *Extractor, doc Document) DocResult { return DocResult{} }
