import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  LoginRequest,
  ProfilesRequests,
  RefreshRequest,
  RegisterRequest,
  type AuthSession,
  type LoginReply,
  type SigningKeySet,
} from '@skillproof/contracts';
import { AccountService } from '../services/account.service';
import { TokenSigner } from '../services/token-signer.service';

@Controller()
export class AuthHandler {
  constructor(
    private readonly accounts: AccountService,
    private readonly signer: TokenSigner,
  ) {}

  @MessagePattern(ProfilesRequests.register.subject)
  register(@Payload() request: RegisterRequest): Promise<AuthSession> {
    return this.accounts.register(request);
  }

  @MessagePattern(ProfilesRequests.login.subject)
  login(@Payload() request: LoginRequest): Promise<LoginReply> {
    return this.accounts.login(request);
  }

  @MessagePattern(ProfilesRequests.refresh.subject)
  refresh(@Payload() request: RefreshRequest): Promise<AuthSession> {
    return this.accounts.refresh(request);
  }

  @MessagePattern(ProfilesRequests.signOut.subject)
  signOut(@Payload() request: RefreshRequest): Promise<{ signedOut: true }> {
    return this.accounts.signOut(request);
  }

  @MessagePattern(ProfilesRequests.signingKeys.subject)
  signingKeys(): SigningKeySet {
    return this.signer.keySet();
  }
}
