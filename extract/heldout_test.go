package extract

import "testing"

// minHeldOutF1 is the micro F1 of people and titles the held-out articles
// (testdata/heldout) must keep; their measurements are in its README.
const minHeldOutF1 = 0.85

// TestHeldOutFacts scores the people and titles of the articles of
// testdata/heldout against their hand-made annotations.
func TestHeldOutFacts(t *testing.T) {
	if f1 := scoreAnnotated(t, "held-out people and titles", "../testdata/heldout", ".txt"); f1 < minHeldOutF1 {
		t.Errorf("micro F1 %.3f < %.2f", f1, minHeldOutF1)
	}
}
