package io.atende.nlu;

/** Feature indices (ascending, unique) with their values: the few non-zero entries of a long vector. */
record SparseVector(int[] index, float[] value) {

    int size() {
        return index.length;
    }
}
