package sample_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nmirf/nmirf/examples/sample"
	"github.com/nmirf/nmirf/maturity"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

func TestDatasetIsValid(t *testing.T) {
	assert.Empty(t, schema.Validate(schema.KindDataset, sample.DatasetJSON))
	ds, err := sample.Dataset()
	require.NoError(t, err)
	assert.Empty(t, tracking.Validate(ds))
	assert.Equal(t, tracking.Country("XFS"), ds.State, "the built-in data are about the imaginary State")
	assert.Contains(t, ds.Publisher.Name.Get("en"), "illustrative")
}

func TestAssessmentIsValidAndRefersToTheDataset(t *testing.T) {
	assert.Empty(t, schema.Validate(schema.KindAssessment, sample.AssessmentJSON))
	a, err := maturity.LoadAssessment(sample.AssessmentJSON, maturity.DefaultFramework())
	require.NoError(t, err)
	ds, err := sample.Dataset()
	require.NoError(t, err)
	assert.Equal(t, ds.State, a.State)
	assert.Empty(t, a.CheckRecords(tracking.NewIndex(ds)))
	assert.Len(t, a.Respondents, 3)
}
