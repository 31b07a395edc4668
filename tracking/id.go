package tracking

import (
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
)

// ID identifies a record. IDs are UUIDs written in the canonical lowercase
// form ("0190d7a4-5b1e-7c3a-9f12-3456789abcde"); new ones are version 7
// (time-ordered), made by an IDGenerator. The zero ID means "no ID".
type ID [16]byte

// ParseID parses the canonical lowercase form of a UUID. Other forms that
// some parsers accept (upper case, braces, "urn:uuid:", no hyphens) are
// rejected, so that an ID is written one way only and never changes between
// reading and writing; so is the nil UUID, which identifies nothing.
func ParseID(s string) (ID, error) {
	u, err := uuid.Parse(s)
	if err != nil || len(s) != 36 || u.String() != s {
		return ID{}, fmt.Errorf("tracking: %q is not a UUID in canonical lowercase form (8-4-4-4-12 hexadecimal digits)", s)
	}
	if u == uuid.Nil {
		return ID{}, fmt.Errorf("tracking: the nil UUID %q identifies nothing", s)
	}
	return ID(u), nil
}

// MustParseID is like ParseID but panics on error. It is meant for IDs
// written in code and tests.
func MustParseID(s string) ID {
	id, err := ParseID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// IsZero reports whether id is the zero ID, which means "no ID".
func (id ID) IsZero() bool { return id == ID{} }

// String returns the canonical form of id, or "" for the zero ID.
func (id ID) String() string {
	if id.IsZero() {
		return ""
	}
	return uuid.UUID(id).String()
}

// MarshalText returns the canonical form of id.
func (id ID) MarshalText() ([]byte, error) {
	if id.IsZero() {
		return nil, fmt.Errorf("tracking: the zero ID cannot be written")
	}
	return []byte(uuid.UUID(id).String()), nil
}

// UnmarshalText parses the canonical form of an ID.
func (id *ID) UnmarshalText(text []byte) error {
	v, err := ParseID(string(text))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// Compare orders IDs by their bytes, which for version 7 IDs is the order of
// their creation.
func (id ID) Compare(other ID) int { return strings.Compare(string(id[:]), string(other[:])) }

// IDGenerator makes new record IDs. Constructors that create records take
// one, so that a caller can make IDs reproducible in tests.
type IDGenerator interface {
	NewID() (ID, error)
}

// V7Generator makes version 7 UUIDs (RFC 9562) from a clock and a source of
// randomness, both given by the caller. IDs from one generator increase
// strictly, even within a millisecond or if the clock steps back. It is safe
// for concurrent use.
type V7Generator struct {
	now    func() time.Time
	random io.Reader

	mu   sync.Mutex
	last ID
}

// NewV7Generator returns a generator that reads the time from now and random
// bits from random.
func NewV7Generator(now func() time.Time, random io.Reader) *V7Generator {
	return &V7Generator{now: now, random: random}
}

// SystemIDGenerator returns a V7Generator that uses the system clock and
// crypto/rand.
func SystemIDGenerator() *V7Generator {
	return NewV7Generator(time.Now, rand.Reader)
}

// NewID returns the next ID.
func (g *V7Generator) NewID() (ID, error) {
	if g == nil || g.now == nil || g.random == nil {
		return ID{}, errors.New("tracking: making an ID: the generator has no clock or no source of randomness (use NewV7Generator)")
	}
	var id ID
	if _, err := io.ReadFull(g.random, id[6:]); err != nil {
		return ID{}, fmt.Errorf("tracking: reading random bits for an ID: %w", err)
	}
	ms := uint64(g.now().UnixMilli())
	var ts [8]byte
	binary.BigEndian.PutUint64(ts[:], ms)
	copy(id[:6], ts[2:])
	id[6] = 0x70 | id[6]&0x0f // version 7
	id[8] = 0x80 | id[8]&0x3f // RFC 9562 variant

	g.mu.Lock()
	defer g.mu.Unlock()
	if id.Compare(g.last) <= 0 {
		// Same millisecond or a clock that stepped back: count on from the
		// last ID, so that IDs stay unique and ordered.
		id = g.last
		increment(&id)
	}
	g.last = id
	return id, nil
}

// increment adds one to the random and timestamp bits of a version 7 ID,
// skipping the version and variant bits.
func increment(id *ID) {
	for i := 15; i >= 0; i-- {
		switch i {
		case 8: // two variant bits, six counter bits
			if id[8]&0x3f != 0x3f {
				id[8]++
				return
			}
			id[8] &^= 0x3f
		case 6: // four version bits, four counter bits
			if id[6]&0x0f != 0x0f {
				id[6]++
				return
			}
			id[6] &^= 0x0f
		default:
			id[i]++
			if id[i] != 0 {
				return
			}
		}
	}
}
