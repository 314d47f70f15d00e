package io.atende.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void shouldCountOneMistakePerInsertionDeletionSubstitutionOrSwap() {
        assertThat(EditDistance.between("entrega", "entrega")).isZero();
        assertThat(EditDistance.between("entrga", "entrega")).isEqualTo(1);
        assertThat(EditDistance.between("entregaa", "entrega")).isEqualTo(1);
        assertThat(EditDistance.between("entrefa", "entrega")).isEqualTo(1);
        assertThat(EditDistance.between("garantai", "garantia")).isEqualTo(1);
        assertThat(EditDistance.between("", "pix")).isEqualTo(3);
        assertThat(EditDistance.between("frete", "boleto")).isGreaterThan(2);
    }
}
