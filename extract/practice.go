package extract

// practiceRules holds practice, polarity and category rules.
// OWNER: practices helper. Stub until implemented.
type practiceRules struct{}

func compilePracticeRules(l *loader) (*practiceRules, error) { return &practiceRules{}, nil }

func (p *practiceRules) practices(c *clause, r *Result) []Practice { return nil }

func (p *practiceRules) categories(c *clause, r *Result) (ids, names []string) { return nil, nil }

func (p *practiceRules) app350(c *clause, r *Result) []APP350Label { return nil }
