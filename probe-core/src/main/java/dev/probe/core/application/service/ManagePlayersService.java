package dev.probe.core.application.service;

import dev.probe.core.application.port.in.AddPlayerCommand;
import dev.probe.core.application.port.in.ManagePlayersUseCase;
import dev.probe.core.application.port.out.PlayerStorePort;
import dev.probe.core.application.port.out.TransactionPort;
import dev.probe.core.domain.Player;
import dev.probe.core.domain.PlayerId;
import dev.probe.core.domain.ProbeException;
import java.util.List;

/** Adds, lists and finds players. */
public final class ManagePlayersService implements ManagePlayersUseCase {

  private final PlayerStorePort players;
  private final TransactionPort transactions;

  public ManagePlayersService(PlayerStorePort players, TransactionPort transactions) {
    this.players = players;
    this.transactions = transactions;
  }

  @Override
  public Player addPlayer(AddPlayerCommand command) {
    return transactions.inTransaction(
        () -> {
          if (players.findPlayer(command.id()).isPresent()) {
            throw new ProbeException(
                ProbeException.Kind.CONFLICT,
                "a player '" + command.id() + "' exists already; choose another handle");
          }
          Player player = command.toPlayer();
          players.savePlayer(player);
          return player;
        });
  }

  @Override
  public List<Player> listPlayers() {
    return players.listPlayers();
  }

  @Override
  public Player findPlayer(PlayerId id) {
    return Players.require(players, id);
  }
}
