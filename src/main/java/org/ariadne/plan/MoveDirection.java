package org.ariadne.plan;

public enum MoveDirection {
    UP, DOWN
}
