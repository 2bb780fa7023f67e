package corpus_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/privtext/go-privtext/corpus"
)

func TestAllMatchesShared(t *testing.T) {
	all := corpus.All()
	if len(all) != 5 {
		t.Fatalf("All() = %d policies, want 5", len(all))
	}
	for _, p := range all {
		if len(p.Text) == 0 || p.Name == "" || p.Company == "" {
			t.Errorf("%s: incomplete metadata or empty text", p.ID)
		}
		if !bytes.Contains(p.Text, []byte(p.Name)) {
			t.Errorf("%s: text does not mention its display name %q", p.ID, p.Name)
		}
		shared, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", p.ID+".txt"))
		if err != nil {
			continue // ../shared absent: nothing to compare against
		}
		if !bytes.Equal(shared, p.Text) {
			t.Errorf("%s: embedded copy differs from ../shared/corpus", p.ID)
		}
	}
}

func TestGetUnknown(t *testing.T) {
	if _, ok := corpus.Get("nope"); ok {
		t.Fatal("Get(nope) reported ok")
	}
}

func ExampleGet() {
	p, ok := corpus.Get("baijinxiu")
	fmt.Println(ok, p.Name)
	// Output: true Baijinxiu
}

func ExampleIDs() {
	fmt.Println(corpus.IDs())
	// Output: [baijinxiu mibee mijia-camera mile-technology mipmap]
}

func ExampleAll() {
	for _, p := range corpus.All() {
		fmt.Printf("%s: %s (%s)\n", p.ID, p.Product, p.Company)
	}
	// Output:
	// baijinxiu: Baijinxiu live-streaming app (Beijing Wali Network Technology Co., Ltd)
	// mibee: miBEE smart-home app (Menred Intelligent Systems (Shanghai) Co., Ltd.)
	// mijia-camera: Mijia smart camera (Shaanxi Minor Electronic Information Technology Co., Ltd.)
	// mile-technology: Mi Le Technology website (Zhejiang Mi Le Technology Co., Ltd.)
	// mipmap: MipMap (Beijing ManManXingTu Technology Co., Ltd.)
}
