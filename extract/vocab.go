package extract

// vocabulary is the compiled taxonomy: data types, purposes, parties.
// OWNER: taxonomy helper. Stub until implemented.
type vocabulary struct{}

func compileVocabulary(l *loader) (*vocabulary, error) { return &vocabulary{}, nil }

func (v *vocabulary) mentions(c *clause) (data, purposes, parties []Mention) { return nil, nil, nil }
