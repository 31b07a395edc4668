package tracking

// DecodeJSON exposes to the tests of package tracking_test the decoding
// step of Decode that follows schema validation, so that they can compare
// what the Go types accept with what the schema accepts.
var DecodeJSON = decodeJSON
