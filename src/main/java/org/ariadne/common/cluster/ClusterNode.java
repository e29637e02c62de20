package org.ariadne.common.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * This node's name in the database (who holds a lock or a document's lease, who recorded an eviction): the host, the
 * process and a random part, so that two application contexts in one process, or a node restarted with the same
 * process id, are never taken for one another.
 */
@Component
public class ClusterNode {

    private final String name;

    ClusterNode() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        var name = host + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
        this.name = name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
