/** Who last saved something. */
export interface Author {
  userId: string;
  name: string;
}
