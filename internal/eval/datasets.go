package eval

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"
)

// OPP-115 label names as they appear in the PrivacyGLUE CSV files.
var OPP115Labels = []string{
	"First Party Collection/Use",
	"Third Party Sharing/Collection",
	"User Choice/Control",
	"User Access, Edit and Deletion",
	"Data Retention",
	"Data Security",
	"Policy Change",
	"Do Not Track",
	"International and Specific Audiences",
	"Privacy contact information",
	"Introductory/Generic",
	"Practice not covered",
}

// OPP115Path returns the path of an OPP-115 split ("train" or "validation")
// under the shared directory.
func OPP115Path(shared, split string) string {
	return filepath.Join(shared, "datasets", "opp115", split+".csv")
}

// LoadOPP115 reads a PrivacyGLUE OPP-115 CSV file (no header, rows
// "text,label", one row per segment-label pair) and returns one Example per
// distinct segment text, in first-seen order, with all its labels.
func LoadOPP115(path string) ([]Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadOPP115(f, filepath.Base(path))
}

// ReadOPP115 is LoadOPP115 over a reader; name is used in Sources and errors.
func ReadOPP115(r io.Reader, name string) ([]Example, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 2
	index := map[string]int{}
	var out []Example
	for line := 1; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", name, err)
		}
		text, label := rec[0], strings.TrimSpace(rec[1])
		if label == "" {
			return nil, fmt.Errorf("eval: %s:%d: empty label", name, line)
		}
		i, ok := index[text]
		if !ok {
			i = len(out)
			index[text] = i
			out = append(out, Example{Text: text, Source: fmt.Sprintf("%s:%d", name, line)})
		}
		out[i].Labels = appendUnique(out[i].Labels, label)
	}
	return out, nil
}

func appendUnique(list []string, s string) []string {
	i := sort.SearchStrings(list, s)
	if i < len(list) && list[i] == s {
		return list
	}
	list = append(list, "")
	copy(list[i+1:], list[i:])
	list[i] = s
	return list
}

// APP-350 policy types (the policy_type field).
const (
	APP350Training   = "TRAINING"
	APP350Validation = "VALIDATION"
	APP350Test       = "TEST"
)

// APP350Key is the label string of a (practice, modality) pair as used in
// Examples and Reports: "Identifier_IMEI_1stParty PERFORMED".
func APP350Key(practice, modality string) string { return practice + " " + modality }

// APP350Policy is one annotated policy.
type APP350Policy struct {
	ID       int
	Name     string
	Type     string    // TRAINING, VALIDATION or TEST
	Segments []Example // labels are APP350Key values; unannotated segments have none

	// Sentences are the annotators' sentences of all segments, in order.
	Sentences []string
	// Synthetic is set for policies whose annotators rewrote sentences
	// (to negate them): those sentences are not in the published HTML.
	Synthetic bool
}

// APP350Document is the path of the published page of policy id under the
// APP-350 directory.
func APP350Document(dir string, id int) string {
	return filepath.Join(dir, "documents", strconv.Itoa(id)+".html")
}

type app350File struct {
	PolicyID   int    `yaml:"policy_id"`
	PolicyName string `yaml:"policy_name"`
	PolicyType string `yaml:"policy_type"`
	Synthetic  bool   `yaml:"contains_synthetic"`
	Segments   []struct {
		ID        int    `yaml:"segment_id"`
		Text      string `yaml:"segment_text"`
		Sentences []struct {
			Text string `yaml:"sentence_text"`
		} `yaml:"sentences"`
		Annotations []struct {
			Practice string `yaml:"practice"`
			Modality string `yaml:"modality"`
		} `yaml:"annotations"`
	} `yaml:"segments"`
}

// LoadAPP350 reads every annotations/policy_*.yml file under the APP-350
// directory (shared/datasets/app350) whose policy_type is typ ("" for all),
// sorted by policy id.
func LoadAPP350(dir, typ string) ([]APP350Policy, error) {
	files, err := filepath.Glob(filepath.Join(dir, "annotations", "policy_*.yml"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("eval: no policy_*.yml under %s", filepath.Join(dir, "annotations"))
	}
	var out []APP350Policy
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		p, err := ParseAPP350(data, filepath.Base(name))
		if err != nil {
			return nil, err
		}
		if typ == "" || p.Type == typ {
			out = append(out, p)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// ParseAPP350 decodes one APP-350 annotation file; name is used in Sources
// and errors.
func ParseAPP350(data []byte, name string) (APP350Policy, error) {
	var f app350File
	if err := yaml.Unmarshal(data, &f); err != nil {
		return APP350Policy{}, fmt.Errorf("eval: %s: %w", name, err)
	}
	if f.PolicyType == "" {
		return APP350Policy{}, fmt.Errorf("eval: %s: no policy_type", name)
	}
	p := APP350Policy{ID: f.PolicyID, Name: f.PolicyName, Type: f.PolicyType, Synthetic: f.Synthetic}
	for _, s := range f.Segments {
		for _, sent := range s.Sentences {
			p.Sentences = append(p.Sentences, sent.Text)
		}
		ex := Example{Text: s.Text, Source: fmt.Sprintf("%s#%d", name, s.ID)}
		for _, a := range s.Annotations {
			if a.Practice == "" || (a.Modality != "PERFORMED" && a.Modality != "NOT_PERFORMED") {
				return APP350Policy{}, fmt.Errorf("eval: %s: segment %d: bad annotation %q/%q", name, s.ID, a.Practice, a.Modality)
			}
			ex.Labels = appendUnique(ex.Labels, APP350Key(a.Practice, a.Modality))
		}
		p.Segments = append(p.Segments, ex)
	}
	return p, nil
}

// Words is the comparison form of an annotated sentence and of the text it
// is looked for in: lower-cased, every run of characters other than
// letters and digits replaced by one space, trimmed. Annotators' text and
// the published HTML differ in white space, quotes, dashes and
// punctuation spacing; words and their order are what must survive.
func Words(s string) string {
	var b strings.Builder
	pending := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if pending && b.Len() > 0 {
				b.WriteByte(' ')
			}
			pending = false
			b.WriteRune(r)
			continue
		}
		pending = true
	}
	return b.String()
}
