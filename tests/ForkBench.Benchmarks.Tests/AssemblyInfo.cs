// The tests switch process-wide statics (ModelParams.Current, the test size
// override): run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
