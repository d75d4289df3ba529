package extract

import "testing"

// minHeldOutF1 is the micro F1 the facts of the held-out articles
// (testdata/heldout) must keep; their measurements are in its README.
const minHeldOutF1 = 0.85

// TestHeldOutFacts scores the facts of the articles of testdata/heldout
// against their hand-made annotations.
func TestHeldOutFacts(t *testing.T) {
	if f1 := scoreAnnotated(t, "held-out facts", "../testdata/heldout", ".txt"); f1 < minHeldOutF1 {
		t.Errorf("micro F1 %.3f < %.2f", f1, minHeldOutF1)
	}
}
