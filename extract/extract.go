package extract

// Input is one clause as the extractor sees it.
type Input struct {
	Text     string   // the clause text
	Offset   int      // offset of Text[0] in the document; added to every span
	Headings []string // headings of the enclosing sections, outermost first
	Label    string   // the "Label:" lead-in of the clause, if any
	Depth    int      // list depth, 0 for running text
	// Context holds the practices of the clause before, which a
	// continuation restates for its own data: "We do not collect device
	// data. This includes its location." A clause that names data, states
	// no practice of its own and opens as a continuation (grammar.txt,
	// continuation.*) reports them with its data. privtext.Analyze fills
	// it from the clause before in the same section; nil reads each clause
	// alone.
	Context []Practice
	// LeadIn holds the practices of the lead-in a list item hangs from
	// ("We collect the following information:"). An item that names data,
	// states no practice of its own and opens with its data ("Your e-mail
	// address") reports them with its data. privtext.Analyze fills it for
	// the items under a clause that ends with a colon.
	LeadIn []Practice
	// Owner names the third party whose disclosure the clause belongs to:
	// the registry id of the SDK (SDK.ID, or "third_party" for an unknown
	// one) whose list entry holds the clause. A collection the clause
	// states for the first party is the owner's ("收集个人信息类型：设备信息",
	// "Personal Data collected: Cookies" under an SDK's entry): its actor
	// is the third party and its recipient the owner. Its fields other than
	// the data ("用途：崩溃日志收集", "共享方式：SDK本机采集", or a run-in part
	// opened by 用于) state no practice. privtext.Analyze fills it from
	// DocResult.SDKs.
	Owner string
	// Owners are the SDK list entries that lie inside the clause, when one
	// clause holds several (entries on lines of their own that the
	// segmenter joined into one paragraph): a first-party collection whose
	// evidence lies in an entry is that entry's SDK's, as with Owner.
	// privtext.Analyze fills it from DocResult.SDKs.
	Owners []OwnerSpan
	// Product is the name of the product the policy covers
	// (DocResult.Product): data words inside it name no data (鹿鸣视频,
	// 星曜运动健康). privtext.Analyze fills it.
	Product string
	// Controller is the legal entity the policy is from
	// (DocResult.Controller). A company the party registry knows is no
	// actor in English, as it may be the policy's author ("Adobe
	// collects"); in Chinese, where the author calls itself 我们, it is a
	// third party unless the controller's or the product's name holds its
	// name (腾讯 in 深圳市腾讯计算机系统有限公司). privtext.Analyze fills it.
	Controller string
	// Header marks a table's header row: its cells name columns
	// ("SDK名称 | 收集的个人信息"), so it states no practice though its words
	// may be triggers. privtext.Analyze sets it for a row whose cells label
	// the rows after it.
	Header bool
	// Cells are the cells of a table row, as spans of the document
	// (offsets like Offset's), in order: an empty cell is an empty span,
	// and a cell that a cell of an earlier row spans (an HTML rowspan)
	// has that cell's span, so that "深圳市腾讯计算机系统有限公司" spanning
	// three rows is the provider of each. When nil, the SDK reader splits
	// the row's text at tabs and bars. privtext.Analyze sets it.
	Cells []Span
}

// Span is a half-open byte range of the document text.
type Span struct{ Start, End int }

// OwnerSpan is an SDK list entry inside a clause: the SDK's registry id
// ("third_party" for an unknown one) and the entry's byte span in the
// document, as Practice spans are.
type OwnerSpan struct {
	Owner      string
	Start, End int
}

// Result holds what one clause says.
type Result struct {
	Data       []Mention     `json:"data,omitempty"`
	Purposes   []Mention     `json:"purposes,omitempty"`
	Parties    []Mention     `json:"parties,omitempty"`
	Practices  []Practice    `json:"practices,omitempty"`
	Categories []string      `json:"categories,omitempty"` // OPP-115 category ids
	OPP115     []string      `json:"opp115,omitempty"`     // OPP-115 category names
	APP350     []APP350Label `json:"app350,omitempty"`
}

// Document is a whole policy: its text and its clauses in order.
type Document struct {
	Text  string
	Title string
	// PageTitle is the title the page gives itself (an HTML <title>, often
	// "Acme - Privacy Policy"), when there is one: the product reader
	// tries it after Title.
	PageTitle string
	Clauses   []Input
	// Links are the page's hyperlinks, in text order: the span of each
	// one's visible text in Text and its target. An SDK list entry whose
	// text holds no policy URL takes it from a link there ("隐私政策",
	// "Privacy Policy" as link text). privtext.Analyze fills it for HTML.
	Links []Link
}

// Link is a hyperlink of the document: Text[Start:End] is its visible
// text, URL its target.
type Link struct {
	Start, End int
	URL        string
}

// DocResult holds the document-level facts.
type DocResult struct {
	Metadata
	SDKs []SDK `json:"sdks,omitempty"`
}
