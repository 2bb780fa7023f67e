package extract

import (
	"encoding/csv"
	"os"
	"testing"
)

// TestOPP115Vocabulary reports, on OPP-115 segments, how often the
// vocabulary finds a party in segments labelled Third Party
// Sharing/Collection versus the others, and a data type in segments
// labelled First Party Collection/Use versus the others. A development tool:
// run with PRIVTEXT_EVAL=1; it reads ../../shared and skips when absent.
func TestOPP115Vocabulary(t *testing.T) {
	if os.Getenv("PRIVTEXT_EVAL") == "" {
		t.Skip("set PRIVTEXT_EVAL=1 to run the OPP-115 vocabulary evaluation")
	}
	e := Default()
	for _, split := range []string{"train", "validation"} {
		f, err := os.Open("../../shared/datasets/opp115/" + split + ".csv")
		if err != nil {
			t.Skip("no ../../shared/datasets/opp115")
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		labels := map[string]map[string]bool{}
		for _, r := range rows {
			if len(r) != 2 {
				continue
			}
			if labels[r[0]] == nil {
				labels[r[0]] = map[string]bool{}
			}
			labels[r[0]][r[1]] = true
		}
		var partyIn, partyTotal, partyOut, otherTotal int
		var dataIn, dataTotal, dataOut, dataOther int
		for text, ls := range labels {
			r := e.Clause(Input{Text: text})
			if ls["Third Party Sharing/Collection"] {
				partyTotal++
				if len(r.Parties) > 0 {
					partyIn++
				} else if split == "train" && testing.Verbose() && partyTotal%6 == 0 {
					t.Logf("no party: %s", vocabClip(text, 300))
				}
			} else {
				otherTotal++
				if len(r.Parties) > 0 {
					partyOut++
				}
			}
			if ls["First Party Collection/Use"] {
				dataTotal++
				if len(r.Data) > 0 {
					dataIn++
				} else if split == "train" && testing.Verbose() && dataTotal%4 == 0 {
					t.Logf("no data: %s", vocabClip(text, 300))
				}
			} else {
				dataOther++
				if len(r.Data) > 0 {
					dataOut++
				}
			}
		}
		t.Logf("%s: party mention in %d/%d (%.2f) third-party segments, %d/%d (%.2f) others",
			split, partyIn, partyTotal, float64(partyIn)/float64(partyTotal), partyOut, otherTotal, float64(partyOut)/float64(otherTotal))
		t.Logf("%s: data mention in %d/%d (%.2f) first-party segments, %d/%d (%.2f) others",
			split, dataIn, dataTotal, float64(dataIn)/float64(dataTotal), dataOut, dataOther, float64(dataOut)/float64(dataOther))
	}
}
