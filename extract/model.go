package extract

// The types in this file are the facts the library reports. Package privtext
// re-exports them under the same names, so a Policy's clauses hold exactly
// these values. Every span is a half-open byte range: in the text handed to
// the extractor (Input.Offset-relative positions are already added), and, in
// a privtext.Policy, in the caller's original input.

// Mention is a phrase matched in a clause: a data type, a purpose, a party.
type Mention struct {
	Label string `json:"label"` // taxonomy id, e.g. "identifier.device.imei"
	Text  string `json:"text"`  // the matched text as it appears in the input
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Actions a Practice can name.
const (
	ActionCollect        = "collect"
	ActionUse            = "use"
	ActionShare          = "share"
	ActionSell           = "sell"
	ActionStore          = "store"
	ActionTransferAbroad = "transfer_abroad"
	ActionDelete         = "delete"
)

// Actors of a Practice.
const (
	ActorFirstParty = "first_party"
	ActorThirdParty = "third_party"
)

// Practice is one statement of what is done with data: who does it, to what,
// for whom, why, on what condition — and whether the policy says it is NOT
// done.
type Practice struct {
	Action     string   `json:"action"`               // one of the Action constants
	Negated    bool     `json:"negated"`              // "we will not sell ..."
	Actor      string   `json:"actor"`                // ActorFirstParty or ActorThirdParty
	Data       []string `json:"data,omitempty"`       // data type labels
	Recipients []string `json:"recipients,omitempty"` // party labels (kinds or registry ids)
	Purposes   []string `json:"purposes,omitempty"`   // purpose labels
	Condition  string   `json:"condition,omitempty"`  // "consent", "legal", "unless ..." text label
	// Start and End span the evidence: the trigger phrase, or, for a
	// collection a table's column header states (an SDK list's data
	// column), the row's data cell.
	Start int `json:"start"`
	End   int `json:"end"`
}

// APP350Label is a practice in the APP-350 corpus vocabulary with its
// modality, e.g. {"Identifier_IMEI_1stParty", "PERFORMED"}.
type APP350Label struct {
	Practice string `json:"practice"`
	Modality string `json:"modality"` // "PERFORMED" or "NOT_PERFORMED"
}

// SDK is one entry of a policy's third-party SDK disclosure list. Start
// and End span the entry, which holds its fields, with these exceptions: a
// provider named by the list item the entry is nested under ("- 北京百度网讯
// 科技有限公司", then "  - 百度OCR SDK：…") or by a table cell spanning the
// rows above (rowspan) stands before it, a policy URL may be a hyperlink's
// target (Document.Links), and a drawn table's cell wrapped onto further
// rows is joined from its pieces. A prose entry spans its paragraph from
// the intro words on ("我们接入了…"), and the entries of a transposed table
// (one column per SDK) span from their name cell to their last cell, so
// they overlap and hold the other columns' cells between. The SDKs of a
// combined entry ("华为、小米推送SDK：提供方分别为…") share its span; each
// name is one of its brands joined to the kind the last one names
// (华为推送SDK), and each provider and URL its own when the entry gives
// one each ("分别为"), else the entry's.
type SDK struct {
	ID          string   `json:"id,omitempty"` // registry id when the SDK is a known one
	Name        string   `json:"name"`
	Provider    string   `json:"provider,omitempty"`
	Purposes    []string `json:"purposes,omitempty"` // purpose labels
	PurposeText string   `json:"purpose_text,omitempty"`
	Data        []string `json:"data,omitempty"` // data type labels
	DataText    string   `json:"data_text,omitempty"`
	PolicyURL   string   `json:"policy_url,omitempty"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
}

// Contact kinds.
const (
	ContactEmail   = "email"
	ContactURL     = "url"
	ContactPhone   = "phone"
	ContactAddress = "address"
)

// Duration kinds.
const (
	DurationRetention = "retention" // how long data are kept
	DurationResponse  = "response"  // how fast a request is answered
)

// Contact is a way to reach the controller found in the text.
type Contact struct {
	Kind  string `json:"kind"`
	Value string `json:"value"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Duration is a period the policy commits to: how long data is retained, how
// fast a request is answered.
type Duration struct {
	Kind  string `json:"kind"` // DurationRetention or DurationResponse
	ISO   string `json:"iso"`  // ISO 8601 duration, e.g. "P15D"; "" when unbounded or vague
	Text  string `json:"text"` // the phrase as written
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Metadata is what a policy says about itself.
type Metadata struct {
	Controller       string     `json:"controller,omitempty"` // legal entity
	Product          string     `json:"product,omitempty"`
	Updated          string     `json:"updated,omitempty"`   // ISO 8601 date: "2021-03-05", or "2021-03" when the policy gives only the month
	Effective        string     `json:"effective,omitempty"` // ISO 8601 date, as Updated
	Contacts         []Contact  `json:"contacts,omitempty"`
	GoverningLaw     string     `json:"governing_law,omitempty"`
	StorageLocations []Mention  `json:"storage_locations,omitempty"`
	Durations        []Duration `json:"durations,omitempty"`
}
