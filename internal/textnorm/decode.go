// Package textnorm turns the caller's bytes into text the rest of the library
// can read, and keeps the way back: every derived string comes with a Map to
// the bytes it came from, so spans reported to the caller are byte ranges of
// the ORIGINAL input.
//
// Two stages live here:
//
//   - Decode: BOM-marked UTF-8 and UTF-16, UTF-16 without a mark when its NUL
//     bytes say so unmistakably, plain UTF-8, and GB18030 when the
//     bytes are not valid UTF-8 and read as Chinese text. Binary input (NUL
//     bytes) and bytes that are neither are rejected with ErrBinary and
//     ErrUndecodable.
//   - NewView: the matching view of a text — NFKC, curly quotes, dashes and
//     exotic spaces folded to ASCII, full-width forms folded, lower-cased —
//     with its Map back to the text.
package textnorm

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Sentinel errors; callers test them with errors.Is.
var (
	// ErrBinary reports input that holds NUL bytes outside UTF-16 text: a
	// PDF, an image, an archive.
	ErrBinary = errors.New("binary input")
	// ErrUndecodable reports bytes that are neither UTF-8, UTF-16 with a
	// byte-order mark, nor GB18030 Chinese text.
	ErrUndecodable = errors.New("undecodable input (not UTF-8, UTF-16 with a byte-order mark, or GB18030 Chinese)")
)

// DecodeError locates the first offending byte.
type DecodeError struct {
	Offset int   // byte offset in the input
	Err    error // ErrBinary or ErrUndecodable
}

func (e *DecodeError) Error() string {
	return fmt.Sprintf("%v at byte %d", e.Err, e.Offset)
}

func (e *DecodeError) Unwrap() error { return e.Err }

// Encoding names what Decode found.
type Encoding string

// Encodings Decode recognises.
const (
	UTF8    Encoding = "utf-8"
	UTF8BOM Encoding = "utf-8-bom"
	UTF16LE Encoding = "utf-16le"
	UTF16BE Encoding = "utf-16be"
	GB18030 Encoding = "gb18030"
)

// Decoded is input turned into UTF-8 text.
type Decoded struct {
	Text     string
	Map      *Map // Text offsets → input offsets; nil when Text is the input
	Encoding Encoding
}

// Decode detects the encoding of b and returns its UTF-8 text. Line endings
// are left as they are; readers treat "\r\n", "\r" and "\n" alike.
func Decode(b []byte) (Decoded, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		if !utf8.Valid(b[3:]) { // the mark promises UTF-8
			return Decoded{}, &DecodeError{Offset: 3 + FirstInvalidUTF8(b[3:]), Err: ErrUndecodable}
		}
		d, err := decodeUTF8(b[3:], 3)
		if err != nil {
			return d, err
		}
		var mb MapBuilder
		mb.Replace(3, 0)
		mb.Copy(len(b) - 3)
		d.Map = mb.Map()
		d.Encoding = UTF8BOM
		return d, nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeUTF16(b, 2, false)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b, 2, true)
	}
	if bigEndian, ok := looksUTF16(b); ok {
		return decodeUTF16(b, 0, bigEndian)
	}
	if utf8.Valid(b) {
		return decodeUTF8(b, 0)
	}
	d, err := decodeGB18030(b)
	if errors.Is(err, errNotChinese) {
		// Report where the bytes stop being UTF-8: most such input is
		// UTF-8 or Windows-1252 text with a stray byte.
		return Decoded{}, &DecodeError{Offset: FirstInvalidUTF8(b), Err: ErrUndecodable}
	}
	return d, err
}

// FirstInvalidUTF8 returns the offset of the first byte of b that does not
// belong to a valid UTF-8 sequence, or len(b).
func FirstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// errNotChinese reports bytes that decode as GB18030 but do not read as
// Chinese text (see decodeGB18030).
var errNotChinese = errors.New("not GB18030 Chinese text")

func decodeUTF8(b []byte, base int) (Decoded, error) {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return Decoded{}, &DecodeError{Offset: base + i, Err: ErrBinary}
	}
	return Decoded{Text: string(b), Encoding: UTF8}, nil
}

// looksUTF16 recognises UTF-16 text saved without a byte-order mark, as
// some Windows tools write it: an even length, and a NUL as the high byte
// of nearly every code unit (Latin text) while the low bytes are not. A
// binary file's NULs do not fall so regularly.
func looksUTF16(b []byte) (bigEndian, ok bool) {
	if len(b) < 8 || len(b)%2 != 0 {
		return false, false
	}
	var zeroEven, zeroOdd int
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] == 0 {
			zeroEven++
		}
		if b[i+1] == 0 {
			zeroOdd++
		}
	}
	units := len(b) / 2
	switch {
	case zeroOdd*10 >= units*9 && zeroEven == 0:
		return false, true
	case zeroEven*10 >= units*9 && zeroOdd == 0:
		return true, true
	}
	return false, false
}

// decodeUTF16 decodes b[start:] (start skips a byte-order mark).
func decodeUTF16(b []byte, start int, bigEndian bool) (Decoded, error) {
	enc := UTF16LE
	if bigEndian {
		enc = UTF16BE
	}
	var (
		out []byte
		mb  MapBuilder
	)
	mb.Replace(start, 0) // the BOM
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(b[i])<<8 | uint16(b[i+1])
		}
		return uint16(b[i+1])<<8 | uint16(b[i])
	}
	for i := start; i < len(b); {
		if i+1 >= len(b) {
			return Decoded{}, &DecodeError{Offset: i, Err: ErrUndecodable}
		}
		u := unit(i)
		n := 2
		r := rune(u)
		if utf16.IsSurrogate(r) {
			if i+3 >= len(b) {
				return Decoded{}, &DecodeError{Offset: i, Err: ErrUndecodable}
			}
			r = utf16.DecodeRune(r, rune(unit(i+2)))
			n = 4
			if r == utf8.RuneError {
				return Decoded{}, &DecodeError{Offset: i, Err: ErrUndecodable}
			}
		}
		if r == 0 {
			return Decoded{}, &DecodeError{Offset: i, Err: ErrBinary}
		}
		before := len(out)
		out = utf8.AppendRune(out, r)
		mb.Replace(n, len(out)-before)
		i += n
	}
	return Decoded{Text: string(out), Map: mb.Map(), Encoding: enc}, nil
}

// decodeGB18030 decodes one character at a time so that the map stays exact.
// GB18030 characters are 1, 2 or 4 bytes: ASCII; a lead byte 0x81–0xFE
// followed by 0x40–0xFE (two bytes) or by a digit 0x30–0x39 (four bytes).
//
// Almost any byte string with high bytes followed by letters "decodes" as
// GB18030, so the decoded text must also look like Chinese: in Chinese text
// nearly every character lies in the GB2312 block (lead and trail bytes
// 0xA1–0xFE), while UTF-8 with a stray byte or Windows-1252 text decodes
// to rare characters whose trail byte is ASCII or a UTF-8 continuation byte
// ("don’t" would read "don鈥檛", and a negation would be lost). When fewer
// than two characters in three are in GB2312, decodeGB18030 returns
// errNotChinese.
func decodeGB18030(b []byte) (Decoded, error) {
	dec := simplifiedchinese.GB18030.NewDecoder()
	var (
		out          []byte
		mb           MapBuilder
		buf          [8]byte
		common, rare int
	)
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			if c == 0 {
				return Decoded{}, &DecodeError{Offset: i, Err: ErrBinary}
			}
			j := i + 1
			for j < len(b) && b[j] < 0x80 && b[j] != 0 {
				j++
			}
			out = append(out, b[i:j]...)
			mb.Copy(j - i)
			i = j
			continue
		}
		n := 0
		switch {
		case c == 0x80 || c == 0xFF || i+1 >= len(b):
		case b[i+1] >= 0x30 && b[i+1] <= 0x39:
			if i+3 < len(b) {
				n = 4
			}
		case b[i+1] >= 0x40 && b[i+1] <= 0xFE && b[i+1] != 0x7F:
			n = 2
		}
		if n == 0 {
			return Decoded{}, gbError(i, common, rare)
		}
		dec.Reset()
		w, _, err := dec.Transform(buf[:], b[i:i+n], true)
		r, _ := utf8.DecodeRune(buf[:w])
		if err != nil || w == 0 || r == utf8.RuneError {
			return Decoded{}, gbError(i, common, rare)
		}
		if n == 2 && c >= 0xA1 && c <= 0xF7 && b[i+1] >= 0xA1 {
			common++
		} else {
			rare++
		}
		out = append(out, buf[:w]...)
		mb.Replace(n, w)
		i += n
	}
	if !chinese(common, rare) {
		return Decoded{}, errNotChinese
	}
	return Decoded{Text: string(out), Map: mb.Map(), Encoding: GB18030}, nil
}

// chinese reports whether text with common GB2312 characters and rare
// other ones reads as Chinese.
func chinese(common, rare int) bool { return common > 0 && rare*3 <= common+rare }

// gbError is the error for bytes GB18030 cannot decode at offset i: a
// DecodeError there when the text so far read as Chinese, else
// errNotChinese, so that Decode reports where the bytes stop being UTF-8.
func gbError(i, common, rare int) error {
	if chinese(common, rare) {
		return &DecodeError{Offset: i, Err: ErrUndecodable}
	}
	return errNotChinese
}
