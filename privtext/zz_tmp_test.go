package privtext_test

import (
	"context"
	"strings"
	"testing"

	"github.com/privtext/go-privtext/privtext"
)

func BenchmarkTmpManyClauses(b *testing.B) {
	text := []byte(strings.Repeat("We collect your email address. We do not sell it.\n", 50_000))
	ctx := context.Background()
	privtext.AnalyzeBytes(ctx, []byte("We collect data."), privtext.Options{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p, err := privtext.AnalyzeBytes(ctx, text, privtext.Options{})
		if err != nil || len(p.Clauses) != 100_000 {
			b.Fatal(err, len(p.Clauses))
		}
	}
}
